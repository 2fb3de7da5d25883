import type { AttributeSpec } from "./attributes";

/** An attribute kept for a coming feature: accepted by name, reported as not yet available. */
export function reserved(what: { fr: string; en: string }): AttributeSpec<null> {
  return { fallback: null, expected: what, parse: () => ({ ok: false, expected: what }) };
}
