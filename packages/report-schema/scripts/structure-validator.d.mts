/** The ES module source of the report's structure (data read by src/structure.ts). */
export declare function structureValidatorSource(reportSchema: unknown): Promise<string>;
