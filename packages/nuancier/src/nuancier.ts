export interface NuancierOptions {
  /** Replace with the options of the engine. */
  label: string;
}

export interface NuancierApi {
  getState(): Readonly<NuancierOptions>;
  subscribe(listener: () => void): () => void;
}

/** Headless engine: plain TypeScript, no React, no DOM. */
export function createNuancier(options: NuancierOptions): NuancierApi {
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
