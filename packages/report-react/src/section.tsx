import type { ReactNode } from "react";
import { Heading } from "./heading";

/**
 * A section of the report: `communs-report-section communs-report-<name>`, labelled by its
 * heading `#communs-report-<id>` (the name unless told). Every section has this markup.
 */
export function ReportSection({
  name,
  id = name,
  level,
  title,
  children,
}: {
  name: string;
  id?: string;
  level: number;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      className={`communs-report-section communs-report-${name}`}
      aria-labelledby={`communs-report-${id}`}
    >
      <Heading level={level} id={`communs-report-${id}`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** A card of a section's grid, an `<article>` or a `<section>` labelled by its title. */
export function ReportCard({
  as: Tag = "article",
  id,
  level,
  title,
  children,
}: {
  as?: "article" | "section";
  id: string;
  level: number;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <Tag className="communs-report-card" aria-labelledby={id}>
      <Heading level={level} id={id} className="communs-report-card__title">
        {title}
      </Heading>
      {children}
    </Tag>
  );
}

/** A labelled part of a card ("Résidents", "Événements"), shown only when it has something. */
export function LabelledPart({
  label,
  show,
  children,
}: {
  label: string;
  show: boolean;
  children: ReactNode;
}) {
  return show ? (
    <>
      <p className="communs-report-label">{label}</p>
      {children}
    </>
  ) : null;
}
