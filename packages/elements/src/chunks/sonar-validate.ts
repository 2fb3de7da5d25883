// Checks a definition the host gives by URL: zod/mini and the rules, only when definition-url is set.
import "../base/zod-jitless";
export { validateDefinition } from "@communs/sonar/validate";
