import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sanitize } from "./create-sonar";
import { innovation } from "./editions/innovation";
import { resilience } from "./editions/resilience";
import { decodeShareCode, encodeShareCode, layoutOf } from "./share-code";
import { answersArbitrary } from "./test-arbitraries";
import type { SonarDefinition } from "./types";
import example from "../examples/answers.json";

describe("share codes", () => {
  it.each([
    ["innovation", innovation],
    ["resilience", resilience],
  ])("decode to the answers that were encoded (%s)", (_, edition) => {
    fc.assert(
      fc.property(answersArbitrary(edition), (answers) => {
        const code = encodeShareCode(edition, answers);
        expect(code).toMatch(/^[A-Za-z0-9_~.-]+$/);
        const decoded = decodeShareCode(edition, code);
        expect(decoded).toEqual({
          ok: true,
          answers: sanitize(edition, answers),
          migratedFrom: null,
          dropped: [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it("stay short", () => {
    const code = encodeShareCode(innovation, example.answers);
    expect(code.startsWith("innovation~1.0.0~")).toBe(true);
    expect(code.length).toBeLessThan(70);
  });

  it("refuse codes with a wrong checksum, from another edition, or malformed", () => {
    const code = encodeShareCode(innovation, example.answers);
    const parts = code.split("~");
    const tampered = [
      parts[0],
      parts[1],
      parts[2]!.replace(/^./, (c) => (c === "A" ? "B" : "A")),
      parts[3],
    ].join("~");
    expect(decodeShareCode(innovation, tampered)).toEqual({
      ok: false,
      error: { code: "checksum-mismatch" },
    });
    expect(decodeShareCode(resilience, code)).toEqual({
      ok: false,
      error: { code: "wrong-edition", params: { expected: "resilience", found: "innovation" } },
    });
    expect(decodeShareCode(innovation, "hello")).toEqual({
      ok: false,
      error: { code: "malformed-code" },
    });
  });

  it("explain why a code from an unknown version cannot be read", () => {
    const newer: SonarDefinition = {
      ...innovation,
      edition: { ...innovation.edition, version: "2.0.0" },
    };
    const code = encodeShareCode(newer, { role: "agent" });
    expect(decodeShareCode(innovation, code)).toEqual({
      ok: false,
      error: {
        code: "unknown-version",
        params: { found: "2.0.0", current: "1.0.0", known: "1.0.0" },
      },
    });
  });

  it("migrate a code from a previous version it knows, saying what was dropped", () => {
    const oldVersion: SonarDefinition = {
      ...innovation,
      edition: { ...innovation.edition, version: "0.9.0" },
      questions: innovation.questions.map((question) =>
        question.id === "keyword" ? { ...question, id: "word" } : question,
      ),
    };
    const code = encodeShareCode(oldVersion, { role: "agent", word: "use", risk: 2 });
    const current: SonarDefinition = {
      ...innovation,
      questions: innovation.questions.filter((question) => question.id !== "risk"),
      previousVersions: [
        { version: "0.9.0", layout: layoutOf(oldVersion), renamedQuestions: { word: "keyword" } },
      ],
    };
    expect(decodeShareCode(current, code)).toEqual({
      ok: true,
      answers: { role: "agent", keyword: "use" },
      migratedFrom: "0.9.0",
      dropped: ["risk"],
    });
  });
});
