/**
 * Where drafts are kept. The store never touches `localStorage` itself (engines run outside
 * browsers): a UI hands it `window.localStorage`, a test or a server an in-memory map.
 */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A storage kept in memory, for tests, servers and browsers where storage is refused. */
export function createMemoryStorage(initial: Record<string, string> = {}): DraftStorage {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * Wraps a storage so that a full quota, private browsing or a security error never throws:
 * the draft then lives in memory for the session and `persistent` tells the UI.
 */
export function safeStorage(storage: DraftStorage | null | undefined): DraftStorage & {
  readonly persistent: boolean;
} {
  const fallback = createMemoryStorage();
  let persistent = Boolean(storage);
  const attempt = <T>(run: (target: DraftStorage) => T): T => {
    if (storage && persistent) {
      try {
        return run(storage);
      } catch {
        persistent = false;
      }
    }
    return run(fallback);
  };
  return {
    get persistent() {
      return persistent;
    },
    getItem: (key) => attempt((target) => target.getItem(key)),
    setItem: (key, value) => {
      fallback.setItem(key, value);
      attempt((target) => target.setItem(key, value));
    },
    removeItem: (key) => {
      fallback.removeItem(key);
      attempt((target) => target.removeItem(key));
    },
  };
}
