import * as z from "zod/mini";
import { localeTagPattern } from "./constants";
import { languageKeyedSchemas, nuancierDataSchema, nuancierOverlaySchema } from "./schema";

// Zod checks language-tag keys in code; the JSON Schema says it with `propertyNames`.
const options: Parameters<typeof z.toJSONSchema>[1] = {
  override(context) {
    if (languageKeyedSchemas.has(context.zodSchema)) {
      context.jsonSchema.propertyNames = { type: "string", pattern: localeTagPattern.source };
    }
  },
};

const base = "https://communs.example/schemas";

/** JSON Schemas (draft 2020-12) of a palette and of an overlay, for non-JavaScript users. */
export function nuancierJsonSchemas(): { data: object; overlay: object } {
  return {
    data: {
      $id: `${base}/nuancier-1.json`,
      title: "Nuancier palette",
      ...z.toJSONSchema(nuancierDataSchema, options),
    },
    overlay: {
      $id: `${base}/nuancier-overlay-1.json`,
      title: "Nuancier overlay",
      ...z.toJSONSchema(nuancierOverlaySchema, options),
    },
  };
}
