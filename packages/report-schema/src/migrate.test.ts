import { describe, expect, it } from "vitest";
import old from "../fixtures/report-0.9.0.json";
import minimal from "../fixtures/valid-minimal.json";
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
    expect(validateReport(migrateReport(down.data, "1.0.0").data).report).toEqual(
      validateReport(minimal).report,
    );
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
