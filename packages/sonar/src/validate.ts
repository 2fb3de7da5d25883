export { validateDefinition } from "./validate-definition";
export type { ValidationResult } from "./validate-definition";
export { sonarDefinitionSchema } from "./definition-schema";
