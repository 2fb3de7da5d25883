import { validateReport, type Report } from "@communs/report-schema";
import report2017 from "@communs/report-schema/data/la-27e-region-2017.json";
import report2018 from "@communs/report-schema/data/la-27e-region-2018.json";
import mindlab2014 from "@communs/report-schema/data/mindlab-2014.json";
import minimal from "@communs/report-schema/fixtures/valid-minimal.json";

function valid(input: unknown): Report {
  const result = validateReport(input);
  if (!result.ok) throw new Error("story data must be valid");
  return result.report;
}

/** The 2018 activity report of La 27e Région, validated. */
export const la27eRegion2018 = valid(report2018);

/** The 2017 report of La 27e Région, sparse: its public contents list and three figures. */
export const la27eRegion2017 = valid(report2017);

/** MindLab (Danish government innovation lab) around 2014, from public facts only. */
export const mindlab = valid(mindlab2014);

/**
 * Two years of a fictitious association whose budget is given in euros one year and in
 * thousands of euros the next: the comparison must refuse to line them up.
 */
export const exampleInEuros = valid({
  ...minimal,
  keyFigures: [
    {
      id: "budget",
      indicator: "annual-budget",
      label: "Budget",
      value: 100000,
      unit: "EUR",
      periodEnd: "2024",
    },
    { id: "ateliers", indicator: "events-hosted", label: "Ateliers animés", value: 12 },
  ],
});
export const exampleInThousands = valid({
  ...minimal,
  report: {
    ...minimal.report,
    title: "Rapport d'activité 2026",
    year: 2026,
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
  },
  keyFigures: [
    {
      id: "budget",
      indicator: "annual-budget",
      label: "Budget (k€)",
      value: 130,
      unit: "k€",
      periodEnd: "2026",
    },
    { id: "ateliers", indicator: "events-hosted", label: "Ateliers animés", value: 15 },
  ],
});

/** A short valid report. */
export const minimalReport = valid(minimal);

/** A report with nothing but its required fields. */
export const emptyReport = valid({
  schemaVersion: "1.1.0",
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
