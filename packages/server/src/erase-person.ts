import type { Queryable } from "./database";

/**
 * A tool's part of erasing a person (ADR 0003): deletes what the tool keeps about them, inside
 * the host's erasure transaction, so the account and the tool's data go together or not at all.
 * It may return a step to run once that transaction has committed (telling live views).
 */
export type ErasePerson = (tx: Queryable, personId: string) => Promise<(() => void) | void>;

/**
 * The tools' erasers as one: each runs in `tx`, in order; the returned function runs their
 * after-commit steps (call it once the transaction committed, never after a rollback).
 */
export function combineErasers(erasers: readonly ErasePerson[]): ErasePerson {
  return async (tx, personId) => {
    const afterCommit: (() => void)[] = [];
    for (const erase of erasers) {
      const step = await erase(tx, personId);
      if (step) afterCommit.push(step);
    }
    return () => afterCommit.forEach((step) => step());
  };
}
