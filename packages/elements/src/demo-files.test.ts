// @vitest-environment node
import { readFileSync, readdirSync } from "node:fs";
import { validateReport, validateReportJson } from "@communs/report-schema";
import { describe, expect, it } from "vitest";

const demo = new URL("../demo/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, demo), "utf8");
const pages = readdirSync(demo).filter((name) => name.endsWith(".html"));

describe("the demo pages", () => {
  it.each(pages)("%s has nothing a strict CSP refuses (no inline script or style)", (name) => {
    const html = read(name);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, body] of scripts)
      if (!/type="application\/json"/.test(attributes!)) {
        expect(attributes).toMatch(/\bsrc="/);
        expect(body!.trim()).toBe("");
      }
    expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="|javascript:/i);
  });

  it("show reports that are valid for the current schema", () => {
    expect(validateReport(JSON.parse(read("exemple-rapport.json"))).ok).toBe(true);
    const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(
      read("report.html"),
    )![1]!;
    expect(validateReportJson(inline).ok).toBe(true);
    expect(validateReport(JSON.parse(read("exemple-rapport-a-corriger.json"))).ok).toBe(false);
  });
});
