import type { ReactNode } from "react";

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
