import { describe, expect, it } from "vitest";
import { readAttributes } from "./attributes";

const read = (attributes: Record<string, string>, lang = "fr") =>
  readAttributes((name) => attributes[name] ?? null, lang, "https://intranet.example.fr/page");

describe("readAttributes", () => {
  it("reads a valid configuration", () => {
    const { config, problems } = read({
      server: "https://idees.example.fr/",
      box: "demo",
      locale: "en",
      view: "form",
      theme: "dsfr",
    });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      server: "https://idees.example.fr",
      box: "demo",
      locale: "en",
      view: { name: "form" },
      token: null,
      theme: "dsfr",
    });
  });

  it('reads view="admin" as the admin console', () => {
    const { config, problems } = read({
      server: "https://idees.example.fr",
      box: "demo",
      view: "admin",
    });
    expect(problems).toEqual([]);
    expect(config?.view).toEqual({ name: "admin" });
  });

  it("reports every problem with what was expected, not only the first", () => {
    const { config, problems } = read({ locale: "de", view: "grid", theme: "pink" });
    expect(config).toBeNull();
    expect(problems).toHaveLength(5);
    expect(problems.join("\n")).toMatch(/"server" is missing: expected the idea box server URL/);
    expect(problems.join("\n")).toMatch(/"box" is missing/);
    expect(problems.join("\n")).toMatch(/"locale" is "de": expected "fr" or "en"/);
    expect(problems.join("\n")).toMatch(
      /"view" is "grid": expected "list", "form", "idea", "admin" or "demineur"/,
    );
    expect(problems.join("\n")).toMatch(/"theme" is "pink"/);
  });

  it("refuses a non-http server and a bad slug", () => {
    const { config, problems } = read({ server: "javascript:alert(1)", box: "Mon Espace" });
    expect(config).toBeNull();
    expect(problems[0]).toMatch(/expected an http\(s\) URL/);
    expect(problems[1]).toMatch(/lowercase letters, digits and hyphens/);
  });

  it("falls back to the list when view=idea has no valid id, and says so", () => {
    const { config, problems } = read({ server: "/api", box: "demo", view: "idea", idea: "42" });
    expect(config?.view).toEqual({ name: "list" });
    expect(config?.server).toBe("https://intranet.example.fr/api");
    expect(problems[0]).toMatch(/expected the idea's UUID/);
  });

  it("takes the page language when no locale is given", () => {
    expect(read({ server: "https://a.fr", box: "b" }, "en-GB").config?.locale).toBe("en");
  });
});
