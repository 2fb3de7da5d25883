import { describe, expect, it } from "vitest";
import { createSonar } from "./sonar";

describe("createSonar", () => {
  it("holds the options it was given", () => {
    expect(createSonar({ label: "a" }).getState()).toEqual({ label: "a" });
  });
});
