// Merges a local extension (zod/mini and the merge rules), only when overlay-url is set.
import "../base/zod-jitless";
export { extendNuancier } from "@communs/nuancier/validation";
