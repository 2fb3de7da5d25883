export interface IdeaBoxOptions {
  /** Replace with the options of the engine. */
  label: string;
}

export interface IdeaBoxApi {
  getState(): Readonly<IdeaBoxOptions>;
  subscribe(listener: () => void): () => void;
}

/** Headless engine: plain TypeScript, no React, no DOM. */
export function createIdeaBox(options: IdeaBoxOptions): IdeaBoxApi {
  const state = { ...options };
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
