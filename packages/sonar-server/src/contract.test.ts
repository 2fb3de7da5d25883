import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { JoinRequest, ResponseSubmit, WorkshopCreate } from "@communs/sonar/workshop";
import type { ResponseSubmitBody, WorkshopCreateBody } from "./schemas";
import { JoinBody } from "./schemas";
import { loadWorkshopSettings, WorkshopSettingsError } from "./settings";
import { qrSvg } from "./qr";

describe("the server's request schemas", () => {
  it("take exactly the contract's request types", () => {
    expectTypeOf<z.input<typeof WorkshopCreateBody>>().toEqualTypeOf<WorkshopCreate>();
    expectTypeOf<z.input<typeof JoinBody>>().toEqualTypeOf<JoinRequest>();
    expectTypeOf<z.output<typeof ResponseSubmitBody>>().toExtend<ResponseSubmit>();
  });
  it("refuse control characters in nicknames", () => {
    expect(JoinBody.safeParse({ nickname: "a\u0007b" }).success).toBe(false);
    expect(JoinBody.safeParse({ nickname: "  Zoé  " }).data).toEqual({ nickname: "Zoé" });
  });
});

describe("settings", () => {
  it("lists every wrong setting in one error", () => {
    try {
      loadWorkshopSettings(
        { SONAR_JOIN_URL: "ftp://x", SONAR_RETENTION_DAYS: "0", SONAR_MAX_PARTICIPANTS: "-1" },
        "http://x",
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WorkshopSettingsError);
      expect((error as WorkshopSettingsError).problems.map((p) => p.split(":")[0]).sort()).toEqual([
        "SONAR_JOIN_URL",
        "SONAR_JOIN_URL",
        "SONAR_MAX_PARTICIPANTS",
        "SONAR_RETENTION_DAYS",
      ]);
    }
    expect(
      loadWorkshopSettings({ SONAR_RETENTION_DAYS: "off" }, "https://a.fr/").retentionDays,
    ).toBeNull();
    expect(loadWorkshopSettings({}, "https://a.fr/")).toMatchObject({
      joinUrl: "https://a.fr/sonar/j/{code}",
      retentionDays: 90,
    });
  });
});

describe("qrSvg", () => {
  it("draws a square with its quiet zone and escapes the title", () => {
    const svg = qrSvg("https://a.fr/sonar/j/ABC234", "Code <ABC234>");
    const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
    // Version 3 (29 modules) for this length at level M, plus 4 modules of quiet zone each side.
    expect(size).toBe(29 + 8);
    expect(svg).toContain('<title id="t">Code &#60;ABC234&#62;</title>');
    expect(svg).not.toContain("<ABC234>");
  });
});
