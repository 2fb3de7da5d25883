export function startWorkshopTestServer(options?: {
  port?: number;
  origin?: string;
  /** Files served under /app/ (the browser test's page). */
  staticDir?: string;
}): Promise<{ url: string; close(): Promise<void> }>;
