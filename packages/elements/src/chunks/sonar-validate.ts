// Checks a definition the host gives by URL: zod/mini and the rules, only when definition-url is set.
export { validateDefinition } from "@communs/sonar/validate";
