import type { StructureNode } from "../src/structure";

/** The report's structure (generated; see scripts/write-schema.mjs and src/structure.ts). */
declare const structure: StructureNode;
export default structure;
