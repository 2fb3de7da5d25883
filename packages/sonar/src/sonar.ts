export interface SonarOptions {
  /** Replace with the options of the engine. */
  label: string;
}

export interface SonarApi {
  getState(): Readonly<SonarOptions>;
  subscribe(listener: () => void): () => void;
}

/** Headless engine: plain TypeScript, no React, no DOM. */
export function createSonar(options: SonarOptions): SonarApi {
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
