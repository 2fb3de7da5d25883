export function startWorkshopTestServer(options?: {
  port?: number;
  origin?: string;
}): Promise<{ url: string; close(): Promise<void> }>;
