export { createSonar, type SonarApi, type SonarOptions } from "./sonar";
