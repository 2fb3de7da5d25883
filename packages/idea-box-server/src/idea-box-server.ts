export interface IdeaBoxServerOptions {
  /** Replace with the options of the engine. */
  label: string;
}

export interface IdeaBoxServerApi {
  getState(): Readonly<IdeaBoxServerOptions>;
  subscribe(listener: () => void): () => void;
}

/** Headless engine: plain TypeScript, no React, no DOM. */
export function createIdeaBoxServer(options: IdeaBoxServerOptions): IdeaBoxServerApi {
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
