import { describe, expect, it } from "vitest";
import { createIdeaBoxServer } from "./idea-box-server";

describe("createIdeaBoxServer", () => {
  it("holds the options it was given", () => {
    expect(createIdeaBoxServer({ label: "a" }).getState()).toEqual({ label: "a" });
  });
});
