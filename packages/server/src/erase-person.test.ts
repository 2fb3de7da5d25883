import { describe, expect, it } from "vitest";
import { combineErasers, type ErasePerson } from "./erase-person";
import type { Queryable } from "./database";

const tx: Queryable = { query: async () => [] };

describe("combineErasers", () => {
  it("runs every tool's eraser with the person, then their after-commit steps only when asked", async () => {
    const calls: string[] = [];
    const erasers: ErasePerson[] = [
      async (_tx, id) => {
        calls.push(`ideas ${id}`);
      },
      async (_tx, id) => {
        calls.push(`workshops ${id}`);
        return () => calls.push("boards told");
      },
    ];
    const afterCommit = await combineErasers(erasers)(tx, "p1");
    expect(calls).toEqual(["ideas p1", "workshops p1"]);
    afterCommit?.();
    expect(calls).toEqual(["ideas p1", "workshops p1", "boards told"]);
  });

  it("stops at the first eraser that fails, so the host's transaction rolls back", async () => {
    const later: string[] = [];
    const combined = combineErasers([
      async () => {
        throw new Error("workshops: connection lost");
      },
      async () => {
        later.push("ran");
      },
    ]);
    await expect(combined(tx, "p1")).rejects.toThrow("workshops: connection lost");
    expect(later).toEqual([]);
  });
});
