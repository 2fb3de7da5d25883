import type { ReactNode } from "react";

export function Heading({
  level,
  id,
  className,
  children,
}: {
  level: number;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${Math.min(Math.max(level, 1), 6)}` as "h2";
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

/** A stable id for headings that label their section. */
export const sectionId = (prefix: string, name: string) =>
  `${prefix}-${name}`.replace(/[^a-zA-Z0-9_-]/g, "-");
