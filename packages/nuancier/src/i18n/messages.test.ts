import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { exportMessagesEn, overlayMessagesEn } from "./messages.en";
import { exportMessagesFr, overlayMessagesFr } from "./messages.fr";

/** Every issue code a source file writes: `code: "x"`, refinement messages and mapped zod codes. */
async function codesWrittenBy(...files: string[]): Promise<string[]> {
  const codes = new Set<string>();
  for (const file of files) {
    const source = await readFile(new URL(`../${file}`, import.meta.url), "utf8");
    for (const match of source.matchAll(/\b(?:code|message): "([a-z]+(?:-[a-z]+)+|invalid)"/g)) {
      codes.add(match[1]!);
    }
    for (const match of source.matchAll(/^\s+\w+: "([a-z]+(?:-[a-z]+)+)",$/gm))
      codes.add(match[1]!);
  }
  return [...codes].sort();
}

describe("issue sentences", () => {
  it("exist in French and English for every code validation and extension can report", async () => {
    const codes = await codesWrittenBy(
      "palette-issues.ts",
      "merge-overlay.ts",
      "schema-definition.ts",
    );
    expect(codes).toEqual(expect.arrayContaining(["indistinguishable-sector", "not-in-list"]));
    for (const code of codes) {
      expect(Object.keys(overlayMessagesFr.issue), code).toContain(code);
      expect(Object.keys(overlayMessagesEn.issue), code).toContain(code);
    }
  });

  it("exist for every code of built paths and share links", async () => {
    for (const [file, fr, en] of [
      ["path.ts", exportMessagesFr.pathIssue, exportMessagesEn.pathIssue],
      ["share.ts", exportMessagesFr.shareIssue, exportMessagesEn.shareIssue],
    ] as const) {
      const codes = (await codesWrittenBy(file)).filter(
        (code) =>
          !code.startsWith("order-") &&
          !code.startsWith("format-") &&
          code !== "audience-outside" &&
          code !== "as-selected",
      );
      expect(codes.length, file).toBeGreaterThan(0);
      for (const code of codes) {
        expect(Object.keys(fr), `${file} ${code}`).toContain(code);
        expect(Object.keys(en), `${file} ${code}`).toContain(code);
      }
    }
  });
});
