import { describe, expect, it } from "vitest";
import { readAttributes } from "./attributes";

const read = (attributes: Record<string, string>) =>
  readAttributes((name) => attributes[name] ?? null, "fr", "https://intranet.example.fr/page");
const check = "10000000-0000-4000-8000-000000092a21";

describe('view="demineur"', () => {
  it("opens the list of checks, or the check named by check=", () => {
    const base = { server: "https://idees.example.fr", box: "demo", view: "demineur" };
    expect(read(base).config?.view).toEqual({ name: "demineur", check: null });
    const named = read({ ...base, check });
    expect(named.problems).toEqual([]);
    expect(named.config?.view).toEqual({ name: "demineur", check });
  });

  it("reports a check that is not a UUID and shows the list", () => {
    const { config, problems } = read({
      server: "https://idees.example.fr",
      box: "demo",
      view: "demineur",
      check: "42",
    });
    expect(config?.view).toEqual({ name: "demineur", check: null });
    expect(problems).toEqual([
      `attribute "check" is "42": expected the check's UUID (showing the list)`,
    ]);
  });
});
