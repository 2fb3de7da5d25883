import { useId, type ReactNode } from "react";

/** What a field's control receives: its id and the ids of its hint and error. */
export interface WorkshopControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

/**
 * A labelled field of the workshop forms: the label, a hint, the control (`children` gets its
 * id and ARIA attributes) and, when there is one, the error said beside it.
 */
export function WorkshopField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  children: (control: WorkshopControlProps) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="communs-sonar-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="communs-sonar-note">
          {hint}
        </p>
      )}
      {children({
        id,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(error ? { "aria-invalid": true } : {}),
      })}
      {error && (
        <p id={`${id}-error`} role="alert" className="communs-sonar-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A workshop form: named by its `<h2>` title, checked by the hook (noValidate), Enter submits. */
export function WorkshopForm({
  className,
  locale,
  title,
  onSubmit,
  children,
}: {
  className: string;
  locale: string;
  title: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <form
      className={`communs-sonar ${className}`}
      lang={locale}
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </form>
  );
}
