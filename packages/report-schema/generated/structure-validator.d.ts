/** Whether data has the structure of the report schema (generated; see scripts/write-schema.mjs). */
declare function validateStructure(data: unknown): boolean;
export default validateStructure;
