export interface ReportSchemaOptions {
  /** Replace with the options of the engine. */
  label: string;
}

export interface ReportSchemaApi {
  getState(): Readonly<ReportSchemaOptions>;
  subscribe(listener: () => void): () => void;
}

/** Headless engine: plain TypeScript, no React, no DOM. */
export function createReportSchema(options: ReportSchemaOptions): ReportSchemaApi {
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
