import type { SonarDefinition } from "@communs/sonar";
import { innovation } from "@communs/sonar/editions/innovation";
import { resilience } from "@communs/sonar/editions/resilience";
import type { EditionSummary } from "@communs/sonar/workshop";

/** The editions shipped with `@communs/sonar`, by id. */
export const shippedEditions: ReadonlyMap<string, SonarDefinition> = new Map(
  [innovation, resilience].map((definition) => [definition.edition.id, definition]),
);

export const editionSummaries = (): EditionSummary[] =>
  [...shippedEditions.values()].map(({ edition }) => ({
    id: edition.id,
    version: edition.version,
    title: edition.title,
    locales: edition.locales,
  }));
