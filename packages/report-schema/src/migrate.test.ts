import { describe, expect, it } from "vitest";
import old from "../fixtures/report-0.9.0.json";
import minimal from "../fixtures/valid-minimal.json";
import report2018v100 from "../fixtures/la-27e-region-2018-1.0.0.json";
import report2018 from "../data/la-27e-region-2018.json";
import { migrateReport } from "./migrate";
import { validateReport } from "./validate";

describe("migrateReport", () => {
  it("upgrades a 0.9.0 file to a valid 1.0.0 report without touching the input", () => {
    const before = structuredClone(old);
    const result = migrateReport(old, "1.0.0");
    expect(old).toEqual(before);
    expect(result.ok).toBe(true);
    const validation = validateReport(result.data);
    expect(validation.issues).toEqual([]);
    expect(validation.report?.report.contents).toEqual([
      { title: "Introduction", pageStart: 1, pageEnd: 3 },
      { title: "Bilan", pageStart: 4, pageEnd: 4 },
    ]);
    expect(validation.report?.organisation.website).toBe("https://exemple.org");
    expect(result.changes.map((change) => change.code)).toEqual([
      "renamed",
      "moved",
      "renamed",
      "split",
      "split",
      "set",
    ]);
  });

  it("downgrades and upgrades back to the same report", () => {
    const down = migrateReport(minimal, "0.9.0");
    expect((down.data as { organization?: unknown }).organization).toBeDefined();
    // 0.9.0 has no `sources` (added in 1.1.0): the only thing a round trip through it loses.
    expect(validateReport(migrateReport(down.data, "1.1.0").data).report).toEqual({
      ...validateReport(minimal).report,
      sources: [],
    });
  });

  it("migrates the 1.0.0 encoding of the 2018 report to a valid 1.1.0 report", () => {
    const result = migrateReport(report2018v100, "1.1.0");
    expect(result.ok).toBe(true);
    expect(result.changes).toEqual([{ code: "set", from: "1.0.0", to: "1.1.0" }]);
    const validation = validateReport(result.data);
    expect(validation.issues).toEqual([]);
    expect(validation.report?.schemaVersion).toBe("1.1.0");
  });

  it("reads a 1.0.0 file as is, with an outdated-version warning only", () => {
    const result = validateReport(report2018v100);
    expect(result.ok).toBe(true);
    expect(result.warnings.find((issue) => issue.code === "outdated-version")?.severity).toBe(
      "warning",
    );
    expect(validateReport(old).issues.map((issue) => issue.code)).toContain("outdated-version");
  });

  it("drops the fields 1.1.0 added when going down to 1.0.0, and says which", () => {
    const down = migrateReport(report2018, "1.0.0");
    expect(down.changes.filter((change) => change.code === "removed").map((c) => c.from)).toEqual(
      expect.arrayContaining(["/sources", "/organisation/kind", "/keyFigures/0/indicator"]),
    );
    expect(JSON.stringify(down.data)).not.toContain('"indicator"');
    expect(migrateReport(down.data, "1.1.0").data).toMatchObject({ schemaVersion: "1.1.0" });
  });

  it("says when it cannot", () => {
    expect(migrateReport("text").error).toBe("not-an-object");
    expect(migrateReport({ schemaVersion: "7.0.0" }).error).toBe("unknown-version");
  });

  it("surfaces deprecated fields as warnings naming the replacement", () => {
    const result = validateReport({
      ...minimal,
      organisation: { ...minimal.organisation, url: "https://exemple.org" },
    });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        pointer: "/organisation/url",
        code: "deprecated-field",
        severity: "warning",
        params: { replacement: "/organisation/website", since: "1.0.0" },
      },
    ]);
  });
});
