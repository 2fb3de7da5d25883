import { toCsv } from "@communs/i18n/csv";
import { codeLabel } from "./codelists";
import type { ReportLocale } from "./format-issue";
import type { Report } from "./schema";

/**
 * The report as JSON-LD with schema.org terms: the organisation (Organization), the report
 * (Report), programmes (Project) and their co-funding (MonetaryGrant), members and partners.
 */
export function toJsonLd(report: Report): Record<string, unknown> {
  const organisationId = `#${report.organisation.id}`;
  const programmes = report.programmes.map((programme) => ({
    "@type": "Project",
    "@id": `#${programme.id}`,
    name: programme.name,
    description: programme.description,
    ...(programme.startYear ? { foundingDate: String(programme.startYear) } : {}),
    ...(programme.endYear ? { dissolutionDate: String(programme.endYear) } : {}),
    parentOrganization: { "@id": organisationId },
    location: programme.sites.map((site) => ({ "@type": "Place", name: site.authority })),
    funding: programme.coFunders.map((funder) => ({
      "@type": "MonetaryGrant",
      funder: { "@type": "Organization", name: funder.name },
      ...(programme.budget
        ? {
            amount: {
              "@type": "MonetaryAmount",
              currency: programme.budget.currency,
              value: Math.round(programme.budget.amount * funder.sharePercent) / 100,
            },
          }
        : {}),
      description: `${funder.sharePercent} %`,
    })),
  }));
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "Organization",
        "@id": organisationId,
        name: report.organisation.name,
        ...(report.organisation.website ? { url: report.organisation.website } : {}),
        member: [
          ...(report.members?.categories.flatMap((category) =>
            category.members.map((name) => ({ "@type": "Organization", name })),
          ) ?? []),
          ...(report.members?.individuals.map((name) => ({ "@type": "Person", name })) ?? []),
        ],
        employee:
          report.team?.permanent.map((person) => ({
            "@type": "Person",
            name: person.name,
            jobTitle: person.role,
          })) ?? [],
        sponsor: report.partners.map((partner) => ({
          "@type": "Organization",
          name: partner.name,
        })),
      },
      {
        "@type": "Report",
        name: report.report.title,
        inLanguage: report.language,
        license: `https://spdx.org/licenses/${report.license}`,
        ...(report.report.publishedDate ? { datePublished: report.report.publishedDate } : {}),
        temporalCoverage: `${report.report.periodStart}/${report.report.periodEnd}`,
        author: { "@id": organisationId },
        about: programmes.map((programme) => ({ "@id": programme["@id"] })),
        creator: report.report.credits.flatMap((credit) =>
          credit.names.map((name) => ({ "@type": "Person", name })),
        ),
      },
      ...programmes,
    ],
  };
}

/** A flat CSV (`@communs/i18n/csv`: UTF-8 with BOM, CRLF) of the key figures, one row each, with the family's label in the given language. */
export function keyFiguresToCsv(report: Report, locale: ReportLocale = "fr"): string {
  const header =
    locale === "fr"
      ? [
          "identifiant",
          "famille",
          "libellé",
          "valeur",
          "valeur_max",
          "précision",
          "unité",
          "début",
          "fin",
          "programme",
          "indicateur",
        ]
      : [
          "id",
          "family",
          "label",
          "value",
          "value_max",
          "qualifier",
          "unit",
          "start",
          "end",
          "programme",
          "indicator",
        ];
  const rows = report.keyFigures.map((figure) => [
    figure.id,
    figure.family === undefined ? undefined : codeLabel("keyFigureFamily", figure.family, locale),
    figure.label,
    figure.value,
    figure.valueMax,
    figure.qualifier,
    figure.unit,
    figure.periodStart,
    figure.periodEnd,
    figure.programmeId,
    figure.indicator,
  ]);
  // Through the kit's writer: byte-order mark, CRLF, labels that look like formulas neutralised.
  return toCsv(rows, { header });
}
