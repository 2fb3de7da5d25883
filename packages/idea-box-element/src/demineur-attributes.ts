import { uuidPattern } from "@communs/idea-box/client";

/** `view="demineur"`, with the check to open first in `check="…"` (a UUID), or the list. */
export interface DemineurViewConfig {
  name: "demineur";
  check: string | null;
}

/** Reads `check` for `view="demineur"`; a malformed one is reported and the list shown. */
export function readDemineurView(
  get: (name: string) => string | null,
  problems: string[],
): DemineurViewConfig {
  const check = get("check")?.trim() ?? "";
  if (check && !uuidPattern.test(check)) {
    problems.push(`attribute "check" is "${check}": expected the check's UUID (showing the list)`);
    return { name: "demineur", check: null };
  }
  return { name: "demineur", check: check || null };
}
