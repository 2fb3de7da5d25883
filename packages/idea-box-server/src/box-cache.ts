import type { Database } from "./db/db";
import type { BoxAccess } from "./context";
import { loadBox } from "./box-access";

export const boxChannel = "communs_boxes";

/**
 * What an anonymous reader may see of each box, kept in memory so that an anonymous read costs
 * one query (the list, the idea) instead of two (the box, then the list). Trusted only while this
 * instance listens to `communs_boxes` (migration 12: a trigger announces every change to a box,
 * from any instance or tool): a box is forgotten as soon as its slug is announced, everything is
 * forgotten when the channel is lost, and nothing is kept until it is back. A lookup that was
 * running when its box was announced is not kept either. Boxes that do not exist are not kept
 * (a stranger could fill the memory with made-up slugs). Signed-in people and embed tokens read
 * their access with their session or token, never from here.
 */
export function createAnonymousBoxCache(db: Database) {
  const boxes = new Map<string, BoxAccess>();
  /** Bumped on every announcement and loss: a lookup started before it is not kept. */
  let generation = 0;
  let listening = false;
  let stop: (() => Promise<void>) | null = null;
  let stopped = false;
  const forget = (slug: string | null) => {
    generation += 1;
    if (slug === null) boxes.clear();
    else boxes.delete(slug);
  };
  const started =
    db.listen?.(boxChannel, {
      message: (slug) => forget(slug),
      up: () => {
        forget(null);
        listening = true;
      },
      down: () => {
        listening = false;
        forget(null);
      },
    }) ?? Promise.resolve(null);
  const ready = started.then(async (unlisten) => {
    if (stopped) await unlisten?.();
    else stop = unlisten;
  });
  return {
    /** Resolves once listening started (or could not): for tests and start-up. */
    ready,
    async get(slug: string): Promise<BoxAccess | null> {
      const kept = listening ? boxes.get(slug) : undefined;
      if (kept) return kept;
      const before = generation;
      const box = await loadBox(db, slug, null, undefined);
      if (box && listening && generation === before) boxes.set(slug, box);
      return box;
    },
    /** How many boxes are kept (for tests). */
    get size() {
      return boxes.size;
    },
    async close() {
      stopped = true;
      listening = false;
      boxes.clear();
      await stop?.();
    },
  };
}

export type AnonymousBoxCache = ReturnType<typeof createAnonymousBoxCache>;
