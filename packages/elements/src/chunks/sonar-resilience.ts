export { resilience as definition } from "@communs/sonar/editions/resilience";
