import * as z from "zod/mini";
import { nuancierDataSchema, nuancierOverlaySchema } from "./schema";

const base = "https://communs.example/schemas";

/** JSON Schemas (draft 2020-12) of a palette and of an overlay, for non-JavaScript users. */
export function nuancierJsonSchemas(): { data: object; overlay: object } {
  return {
    data: {
      $id: `${base}/nuancier-1.json`,
      title: "Nuancier palette",
      ...z.toJSONSchema(nuancierDataSchema),
    },
    overlay: {
      $id: `${base}/nuancier-overlay-1.json`,
      title: "Nuancier overlay",
      ...z.toJSONSchema(nuancierOverlaySchema),
    },
  };
}
