import { validateReport, type Report } from "@communs/report-schema";
import report2018 from "@communs/report-schema/data/la-27e-region-2018.json";
import minimal from "@communs/report-schema/fixtures/valid-minimal.json";

function valid(input: unknown): Report {
  const result = validateReport(input);
  if (!result.ok) throw new Error("story data must be valid");
  return result.report;
}

/** The 2018 activity report of La 27e Région, validated. */
export const la27eRegion2018 = valid(report2018);

/** A short valid report. */
export const minimalReport = valid(minimal);

/** A report with nothing but its required fields. */
export const emptyReport = valid({
  schemaVersion: "1.0.0",
  language: "fr",
  license: "CC-BY-SA-4.0",
  organisation: { id: "vide", name: "Association sans données" },
  report: {
    title: "Rapport d'activité 2025",
    year: 2025,
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
  },
  members: { year: 2025 },
  team: {},
});

const long =
  "Expérimentation interdépartementale de co-construction des politiques publiques territorialisées avec les usagers, les agents et les élus, dans une logique d'amélioration continue et de transformation durable des organisations";

/** A report whose texts are long French sentences, to check wrapping. */
export const longTextReport = valid({
  ...minimal,
  report: { ...minimal.report, title: `Rapport d'activité 2024 : ${long}` },
  keyFigures: [
    {
      id: "long",
      family: "achievements",
      label: long,
      value: 1234567,
      qualifier: "more-than",
      unit: "participantes et participants",
    },
  ],
  programmes: [
    {
      ...minimal.programmes[0],
      name: long,
      description: `${long}. ${long}.`,
      sites: [
        {
          id: "site",
          authority: `Communauté d'agglomération ${long}`,
          status: "ongoing",
          summary: long,
          residents: [
            { name: "Marie-Clémentine de La Tour-d'Auvergne-Lauraguais", affiliation: long },
          ],
        },
      ],
    },
  ],
  members: {
    year: 2024,
    institutionalDeclared: 1,
    categories: [{ category: "state-services", declaredCount: 1, members: [long] }],
  },
});
