import { describe, expect, it } from "vitest";
import { createReportSchema } from "./report-schema";

describe("createReportSchema", () => {
  it("holds the options it was given", () => {
    expect(createReportSchema({ label: "a" }).getState()).toEqual({ label: "a" });
  });
});
