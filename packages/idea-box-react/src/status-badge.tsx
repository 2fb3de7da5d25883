const known: Record<string, string> = {
  submitted: "○",
  under_review: "◔",
  accepted: "◑",
  implemented: "●",
  not_retained: "✕",
};

export interface StatusBadgeProps {
  /** The status key, e.g. `under_review`. */
  status: string;
  /** The box's label for it; the key when omitted. */
  label?: string;
}

/** A status as words with a shape, never colour alone. */
export function StatusBadge({ status, label }: StatusBadgeProps) {
  return (
    <span className="communs-idea-box-status" data-status={status}>
      <span aria-hidden="true">{known[status] ?? "◇"}</span> {label ?? status}
    </span>
  );
}
