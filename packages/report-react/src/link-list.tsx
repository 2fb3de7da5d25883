import type { Link } from "@communs/report-schema";

export function LinkList({ links, language }: { links: readonly Link[]; language: string }) {
  return (
    <ul className="communs-report-links" lang={language}>
      {links.map((link) => (
        <li key={`${link.url}-${link.title}`}>
          <a href={link.url} className="communs-report-link">
            {link.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
