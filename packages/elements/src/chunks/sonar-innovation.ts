export { innovation as definition } from "@communs/sonar/editions/innovation";
