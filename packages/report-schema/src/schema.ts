import * as z from "zod";
import type { codelists } from "./codelists";
import { codesOf, type CodelistName } from "./codelists";

type CodeOf<Name extends CodelistName> = keyof (typeof codelists)[Name]["codes"] & string;

import { COMPATIBLE_VERSIONS } from "./versions";

export {
  deprecatedFields,
  SCHEMA_ID,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  COMPATIBLE_VERSIONS,
  type SchemaVersion,
} from "./versions";

const text = z.string().min(1);
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/)
  .meta({ description: "Identifier, kebab-case, unique in the report" });
/** ISO 8601 date at year, month or day precision: 2018, 2018-11, 2018-11-22. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/)
  .meta({ description: "ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD" });
const year = z.int().min(1900).max(2200);
const url = z.url({ protocol: /^https?$/ });
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .meta({ description: "ISO 3166-1 alpha-2 country code" });
const openCode = (codelist: string) =>
  z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .meta({ codelist, openCodelist: true });
const closedCode = <Name extends CodelistName>(codelist: Name) =>
  z
    .enum(codesOf(codelist) as unknown as [CodeOf<Name>, ...CodeOf<Name>[]])
    .meta({ codelist, openCodelist: false });

export const money = z.strictObject({
  amount: z.number().min(0),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default("EUR"),
});

export const link = z.strictObject({
  title: text,
  url,
});

export const person = z.strictObject({
  name: text,
  role: text.optional(),
  affiliation: text.optional(),
  discipline: text.optional(),
});

export const keyFigure = z.strictObject({
  id,
  indicator: openCode("indicator").optional().meta({
    description:
      "Stable identifier of what is counted, from the `indicator` codelist: lines figures up across years and labs",
  }),
  family: closedCode("keyFigureFamily").optional(),
  label: text,
  value: z.number(),
  valueMax: z
    .number()
    .optional()
    .meta({ description: "Upper bound when the source gives a range" }),
  qualifier: closedCode("figureQualifier").optional(),
  unit: text.optional(),
  periodStart: partialDate.optional(),
  periodEnd: partialDate.optional(),
  programmeId: id.optional(),
});

export const coFunder = z.strictObject({
  name: text,
  sharePercent: z.number().min(0).max(100),
});

export const practicalCase = z.strictObject({
  title: text,
  description: text.optional(),
});

export const site = z.strictObject({
  id,
  authority: text,
  status: closedCode("siteStatus").optional(),
  startDate: partialDate.optional(),
  endDate: partialDate.optional(),
  summary: text.optional(),
  residents: z.array(person).default([]),
  practicalCases: z.array(practicalCase).default([]),
});

export const event = z.strictObject({
  id,
  title: text,
  startDate: partialDate.optional(),
  endDate: partialDate.optional(),
  place: text.optional(),
  partners: z.array(text).default([]),
  participants: z.array(person).default([]),
  description: text.optional(),
});

export const programme = z.strictObject({
  id,
  name: text,
  startYear: year.optional(),
  endYear: year.optional(),
  description: text.optional(),
  budget: money.optional(),
  coFunders: z.array(coFunder).default([]),
  partnerAgencies: z.array(person).default([]),
  sites: z.array(site).default([]),
  people: z.array(person).default([]),
  events: z.array(event).default([]),
  links: z.array(link).default([]),
});

export const activityEntry = z.strictObject({
  title: text,
  date: partialDate.optional(),
  place: text.optional(),
  organiser: text.optional(),
  people: z.array(person).default([]),
});

export const activity = z.strictObject({
  id,
  type: openCode("activityType"),
  count: z.int().min(0).optional(),
  qualifier: closedCode("figureQualifier").optional(),
  /** False when `entries` are examples only ("among them…"): the count check is skipped. */
  entriesComplete: z.boolean().default(true),
  summary: text.optional(),
  entries: z.array(activityEntry).default([]),
});

export const memberCategory = z.strictObject({
  category: closedCode("memberCategory"),
  declaredCount: z.int().min(0).optional(),
  members: z.array(text).default([]),
});

export const members = z.strictObject({
  year: year.optional(),
  institutionalDeclared: z.int().min(0).optional(),
  categories: z.array(memberCategory).default([]),
  individualDeclared: z.int().min(0).optional(),
  individuals: z.array(text).default([]),
});

export const partner = z.strictObject({
  name: text,
  kind: openCode("partnerKind"),
  description: text.optional(),
});

export const departure = z.strictObject({
  name: text,
  role: text.optional(),
  destination: text.optional(),
});

export const team = z.strictObject({
  permanent: z.array(person).default([]),
  departures: z.array(departure).default([]),
  interns: z.array(person).default([]),
});

export const financeYear = z.strictObject({
  year,
  budget: money.optional(),
  resources: z.array(z.strictObject({ source: text, amount: money })).default([]),
});

export const period = z.strictObject({
  startYear: year,
  endYear: year.optional().meta({ description: "Absent while the period is still going on" }),
  title: text,
  description: text.optional(),
});

export const plannedItem = z.strictObject({
  id,
  year: year.optional().meta({ description: "Absent when the source says only “next year”" }),
  title: text,
  description: text.optional(),
  when: text.optional(),
  partners: z.array(text).default([]),
});

export const note = z.strictObject({
  id,
  kind: closedCode("noteKind"),
  text,
  pointers: z.array(z.string().regex(/^(\/[^/]*)*$/)).default([]),
});

/** A case study or reference from elsewhere (another city, another country), not one of the lab's own sites. */
export const caseStudy = z.strictObject({
  id,
  title: text,
  place: text.optional(),
  country: countryCode.optional(),
  year: year.optional(),
  organisation: text.optional(),
  description: text.optional(),
  programmeId: id.optional(),
  links: z.array(link).default([]),
});

/** Where the data of this file comes from: the printed report, a web page, an interview. */
export const source = z.strictObject({
  title: text,
  url: url.optional(),
  accessed: partialDate.optional().meta({ description: "When the source was read" }),
});

export const foreword = z.strictObject({
  title: text.optional(),
  text,
  signatories: z.array(person).default([]),
});

export const governance = z.strictObject({
  legalRepresentativesCount: z.int().min(0).optional(),
  legalRepresentatives: z.array(person).default([]),
  board: z.array(person).default([]),
  summary: text.optional(),
  relatedOrganisations: z.array(z.strictObject({ name: text, description: text })).default([]),
});

export const reportSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.enum(COMPATIBLE_VERSIONS).meta({
      description:
        "Schema version the file follows; older minor versions of the same major are read as is",
    }),
    language: z.string().regex(/^[a-z]{2}$/),
    license: text
      .optional()
      .meta({ description: "SPDX identifier of the content licence; a warning when absent" }),
    sources: z
      .array(source)
      .default([])
      .meta({ description: "Where the data comes from; a warning when empty" }),
    organisation: z.strictObject({
      id,
      name: text,
      kind: openCode("organisationKind").optional(),
      country: countryCode.optional(),
      parentOrganisations: z
        .array(text)
        .default([])
        .meta({ description: "Ministries, authorities or bodies the lab belongs to" }),
      legalForm: text.optional(),
      foundedYear: year.optional(),
      closedYear: year.optional(),
      website: url.optional(),
      url: url
        .optional()
        .meta({ deprecated: true, description: "Deprecated since 1.0.0: use `website`." }),
    }),
    report: z.strictObject({
      title: text,
      year,
      periodStart: partialDate.optional(),
      periodEnd: partialDate.optional(),
      printedDate: text.optional().meta({ description: "The date as printed on the cover" }),
      publishedDate: partialDate.optional(),
      edition: text.optional(),
      credits: z
        .array(z.strictObject({ role: openCode("creditRole"), names: z.array(text) }))
        .default([]),
      contents: z
        .array(
          z.strictObject({
            title: text,
            pageStart: z.int().min(1).optional(),
            pageEnd: z
              .int()
              .min(1)
              .optional()
              .meta({ description: "Absent when the contents list gives only the first page" }),
          }),
        )
        .default([]),
      foreword: foreword.optional(),
      acknowledgements: z
        .strictObject({
          text: text.optional(),
          organisations: z.array(text).default([]),
          names: z.array(text).default([]),
        })
        .optional(),
    }),
    keyFigures: z.array(keyFigure).default([]),
    programmes: z.array(programme).default([]),
    activities: z.array(activity).default([]),
    events: z.array(event).default([]),
    governance: governance.optional(),
    members: members.optional(),
    partners: z.array(partner).default([]),
    team: team.optional(),
    finances: z.array(financeYear).default([]),
    timeline: z.array(period).default([]),
    caseStudies: z.array(caseStudy).default([]),
    planned: z.array(plannedItem).default([]),
    links: z.array(link).default([]),
    notes: z.array(note).default([]),
  })
  .meta({
    id: "ActivityReport",
    title: "Activity report",
    description: "An activity report as open data (Communs report schema).",
  });

/** A valid activity report (after defaults are filled in). */
export type Report = z.output<typeof reportSchema>;
/** What a report file may hold before defaults (optional arrays may be left out). */
export type ReportInput = z.input<typeof reportSchema>;
export type KeyFigure = z.output<typeof keyFigure>;
export type Programme = z.output<typeof programme>;
export type Site = z.output<typeof site>;
export type Activity = z.output<typeof activity>;
export type ReportEvent = z.output<typeof event>;
export type Person = z.output<typeof person>;
export type Link = z.output<typeof link>;
export type Money = z.output<typeof money>;
export type PlannedItem = z.output<typeof plannedItem>;
export type Note = z.output<typeof note>;
export type CaseStudy = z.output<typeof caseStudy>;
export type Source = z.output<typeof source>;
export type Foreword = z.output<typeof foreword>;
