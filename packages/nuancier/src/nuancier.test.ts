import { describe, expect, it } from "vitest";
import { createNuancier } from "./nuancier";

describe("createNuancier", () => {
  it("holds the options it was given", () => {
    expect(createNuancier({ label: "a" }).getState()).toEqual({ label: "a" });
  });
});
