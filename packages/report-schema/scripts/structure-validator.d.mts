/** The ES module source of the fast structural validator of a zod report schema. */
export declare function structureValidatorSource(reportSchema: unknown): Promise<string>;
