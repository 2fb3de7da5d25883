import type { Locale } from "./attributes";

/** The only network requests the elements make: the URLs the host gave, nothing else. */
export async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal, credentials: "same-origin" });
  if (!response.ok) throw new FetchProblem(url, `HTTP ${response.status}`);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new FetchProblem(url, error instanceof Error ? error.message : String(error));
  }
}

export class FetchProblem extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

export function describeFetchProblem(error: unknown, url: string, locale: Locale): string {
  const reason =
    error instanceof FetchProblem
      ? error.reason
      : error instanceof Error
        ? error.message
        : String(error);
  return locale === "en"
    ? `Could not read ${url} (${reason}). Check the address and that the server allows this page (CORS, connect-src).`
    : `Impossible de lire ${url} (${reason}). Vérifiez l’adresse et que le serveur autorise cette page (CORS, connect-src).`;
}
