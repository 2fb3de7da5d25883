// Merges a local extension (the merge rules and a zod-free check), only when overlay-url is set.
export { extendNuancier } from "@communs/nuancier/overlay";
