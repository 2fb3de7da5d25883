import { describe, expect, it } from "vitest";
import { nuancierContent } from "./content/index";
import { contrastRatio, textColourOn } from "./contrast";
import { nuanceKinds } from "./constants";
import { validateNuancier } from "./validate";

const { sectors, nuances, formats, audiences } = nuancierContent;

describe("the shipped palette", () => {
  it("validates against the schema and its references", () => {
    const result = validateNuancier(nuancierContent);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("has eight sectors, three of them with confirmed names and the others flagged as ours", () => {
    expect(sectors).toHaveLength(8);
    const confirmed = sectors.filter((sector) => sector.nameStatus === "confirmed");
    expect(confirmed.map((sector) => sector.name.en)).toEqual([
      "Geopolitics of public innovation",
      "Opening possibilities",
      "Doing together",
    ]);
    for (const sector of sectors.filter((entry) => entry.nameStatus === "proposed")) {
      expect(sector.nameNote?.en).toMatch(/proposed by Communs/);
    }
  });

  it("gives every sector nuances, values, objectives and recommendations", () => {
    for (const sector of sectors) {
      const own = nuances.filter((nuance) => nuance.sectorId === sector.id);
      expect(own.length, sector.id).toBeGreaterThanOrEqual(3);
      expect(
        sector.values.length * sector.objectives.length * sector.recommendations.length,
      ).toBeGreaterThan(0);
    }
    expect(new Set(nuances.map((nuance) => nuance.kind))).toEqual(new Set(nuanceKinds));
  });

  it("tells sectors apart by more than colour: code and pattern are unique", () => {
    expect(new Set(sectors.map((sector) => sector.code)).size).toBe(8);
    expect(new Set(sectors.map((sector) => sector.pattern)).size).toBe(8);
  });

  it("draws swatch labels at WCAG AA contrast on every sector colour", () => {
    for (const sector of sectors) {
      expect(
        contrastRatio(sector.colour, textColourOn(sector.colour)),
        sector.id,
      ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("covers the training formats and audiences the issue names", () => {
    expect(formats.map((format) => format.id)).toEqual(
      expect.arrayContaining([
        "discovery-day",
        "training-in-action",
        "residency",
        "study-trip",
        "collective-reading",
        "webinar",
        "peer-codevelopment",
        "sprint",
      ]),
    );
    expect(audiences.map((audience) => audience.id)).toEqual([
      "agents",
      "managers",
      "elected-officials",
      "trainers",
    ]);
    expect(nuancierContent.licence).toBe("CC-BY-SA-4.0");
  });

  it("reports every problem of broken data, each with its path", () => {
    const broken = structuredClone(nuancierContent) as unknown as Record<string, never>;
    const data = broken as unknown as typeof nuancierContent;
    data.nuances[0]!.sectorId = "nowhere";
    data.nuances[1]!.formats = ["teleportation"];
    data.sectors[1]!.id = data.sectors[0]!.id;
    const result = validateNuancier(data);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: "/sectors/1/id", code: "duplicate-id" }),
        expect.objectContaining({ pointer: "/nuances/0/sectorId", code: "unknown-reference" }),
        expect.objectContaining({ pointer: "/nuances/1/formats/0", code: "unknown-reference" }),
      ]),
    );
  });

  it("reports schema errors with their JSON pointer, all of them", () => {
    const data = structuredClone(nuancierContent) as unknown as {
      sectors: Record<string, unknown>[];
      formats: Record<string, unknown>[];
    };
    data.sectors[2]!.colour = "green";
    data.formats[0]!.hours = { min: 8, max: 2 };
    data.sectors[3]!.extra = true;
    const result = validateNuancier(data);
    expect(result.issues.map((issue) => `${issue.pointer} ${issue.code}`)).toEqual(
      expect.arrayContaining([
        "/sectors/2/colour invalid-format",
        "/formats/0/hours/max min-above-max",
        "/sectors/3/extra unknown-field",
      ]),
    );
  });
});
