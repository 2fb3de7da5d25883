export { generateJsonSchema } from "./json-schema";
