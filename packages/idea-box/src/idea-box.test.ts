import { describe, expect, it } from "vitest";
import { createIdeaBox } from "./idea-box";

describe("createIdeaBox", () => {
  it("holds the options it was given", () => {
    expect(createIdeaBox({ label: "a" }).getState()).toEqual({ label: "a" });
  });
});
