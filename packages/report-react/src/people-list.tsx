import type { Person } from "@communs/report-schema";

/** Names with role, affiliation and discipline in a lighter weight. */
export function PeopleList({ people, language }: { people: readonly Person[]; language: string }) {
  return (
    <ul className="communs-report-people" lang={language}>
      {people.map((person, index) => {
        const details = [person.role, person.affiliation, person.discipline]
          .filter(Boolean)
          .join(", ");
        return (
          <li key={`${person.name}-${index}`}>
            <span className="communs-report-people__name">{person.name}</span>
            {details ? <span className="communs-report-muted"> ({details})</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
