import { describe, expect, it } from "vitest";
import data from "../data/la-27e-region-2018.json";
import { validateReport } from "./validate";
import { keyFiguresToCsv, toJsonLd } from "./open-data";
import { reportStats } from "./stats";

const result = validateReport(data);
const report = result.report!;
const figure = (id: string) => report.keyFigures.find((item) => item.id === id);
const programme = (id: string) => report.programmes.find((item) => item.id === id)!;
const activity = (type: string) => report.activities.find((item) => item.type === type)!;

describe("the 2018 report of La 27e Région", () => {
  it("is valid, with no warning", () => {
    expect(result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("holds the members read from the seed: 35 institutional = 9 + 8 + 4 + 14, and 19 individual", () => {
    expect(report.members?.institutionalDeclared).toBe(35);
    expect(
      report.members?.categories.map((category) => [
        category.category,
        category.declaredCount,
        category.members.length,
      ]),
    ).toEqual([
      ["regions-and-associations", 9, 9],
      ["departments", 8, 8],
      ["state-services", 4, 4],
      ["cities-and-metropolises", 14, 14],
    ]);
    expect(report.members?.individuals).toHaveLength(19);
    expect(report.members?.individuals).toContain("Jacques-François Marchandise");
  });

  it("holds La Transfo: 2.6 M€ co-funded 55 % / 45 %, seven sites and their residents", () => {
    const transfo = programme("la-transfo");
    expect(transfo.budget).toEqual({ amount: 2_600_000, currency: "EUR" });
    expect(transfo.coFunders.map((funder) => funder.sharePercent)).toEqual([55, 45]);
    expect(transfo.sites.map((site) => site.authority)).toEqual([
      "Ville de Mulhouse",
      "Ville de Paris",
      "Région Occitanie",
      "Communauté Urbaine de Dunkerque",
      "Métropole Européenne de Lille",
      "Eurométropole de Strasbourg",
      "Metz Métropole",
    ]);
    expect(
      transfo.sites.flatMap((site) => site.residents.map((resident) => resident.name)),
    ).toHaveLength(19);
    expect(transfo.partnerAgencies).toHaveLength(14);
  });

  it("holds the activity counts: 60 interventions, 6 delegations, 10 instances, 4 discovery days, 2 webinars, 4 lunch debates, 15 press, 28 blog posts", () => {
    expect(
      [
        "interventions",
        "foreign-delegations",
        "instances",
        "discovery-days",
        "webinars",
        "lunch-debates",
        "press",
        "blog-posts",
      ].map((type) => activity(type).count),
    ).toEqual([60, 6, 10, 4, 2, 4, 15, 28]);
    expect(activity("foreign-delegations").entries).toHaveLength(6);
    expect(activity("instances").entries).toHaveLength(11);
  });

  it("holds the ten-year figures", () => {
    expect([
      figure("research-action-programmes")?.value,
      figure("projects")?.value,
      figure("partner-authorities")?.value,
      figure("solution-concepts")?.value,
    ]).toEqual([4, 50, 70, 150]);
    expect([figure("budget-2008")?.value, figure("budget-2017")?.value]).toEqual([
      50_000, 1_000_000,
    ]);
    expect([
      figure("team-2008")?.value,
      figure("team-2018")?.value,
      figure("team-permanents-text")?.value,
    ]).toEqual([2, 10, 9]);
    expect([
      figure("events-hosted")?.value,
      figure("event-participants")?.value,
      figure("books")?.value,
    ]).toEqual([400, 10_000, 3]);
  });

  it("holds team, timeline, plans and links", () => {
    expect(report.team?.permanent).toHaveLength(7);
    expect(report.team?.departures.map((person) => person.name)).toEqual([
      "Magali Marlin",
      "Valentine Murerwa",
      "Anna Lochard",
      "Raphaële Gasser",
    ]);
    expect(report.timeline.map((period) => `${period.startYear}-${period.endYear}`)).toEqual([
      "2009-2011",
      "2012-2013",
      "2014-2015",
      "2016-2020",
    ]);
    expect(report.planned).toHaveLength(10);
    expect(reportStats(report).links).toBe(14 + 3 + 3 + 2 + 1);
    expect(
      programme("sonar").people.filter((person) => person.role?.startsWith("particip")),
    ).toHaveLength(18);
  });

  it("records the seed's contradictions in notes instead of choosing", () => {
    const ids = report.notes.map((note) => note.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "note-cover-date",
        "note-team-size",
        "note-sonar-authorities",
        "note-transfo-duration",
        "note-fnau-dates",
        "note-spelling-mouyi-dine",
        "note-spelling-dietchy",
      ]),
    );
    expect(report.report.printedDate).toBe("Février 2018");
    expect(report.report.acknowledgements?.names).toContain("Mouyi-Dine");
    expect(report.team?.interns.map((person) => person.name)).toContain("Mouy-Dine Balogoun");
  });

  it("exports JSON-LD with schema.org Organization, Report, Project and MonetaryGrant", () => {
    const graph = toJsonLd(report)["@graph"] as {
      "@type": string;
      funding?: { "@type": string; amount?: { value: number } }[];
    }[];
    expect(graph.map((node) => node["@type"])).toEqual(
      expect.arrayContaining(["Organization", "Report", "Project"]),
    );
    const transfo = graph.find((node) => (node as { name?: string }).name === "La Transfo")!;
    expect(transfo.funding?.map((grant) => [grant["@type"], grant.amount?.value])).toEqual([
      ["MonetaryGrant", 1_430_000],
      ["MonetaryGrant", 1_170_000],
    ]);
  });

  it("exports the key figures as a flat CSV", () => {
    const text = keyFiguresToCsv(report, "en");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const csv = text.slice(1).split("\r\n");
    expect(csv[0]).toBe(
      "id,family,label,value,value_max,qualifier,unit,start,end,programme,indicator",
    );
    expect(csv).toContain(
      "budget-2017,Resources,Budget total en 2017,1000000,,,EUR,2017,2017,,annual-budget",
    );
    expect(csv).toHaveLength(report.keyFigures.length + 2);
  });
});
