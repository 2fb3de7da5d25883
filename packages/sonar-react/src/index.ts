export { SonarQuiz } from "./sonar-quiz";
export type { SonarQuizProps } from "./sonar-quiz";
export { SonarResult, SHARE_PARAMETER } from "./sonar-result";
export type { SonarResultProps } from "./sonar-result";
export { SonarRadar } from "./sonar-radar";
export type { RadarSeries, SonarRadarProps } from "./sonar-radar";
export { SonarTrajectory } from "./sonar-trajectory";
export type { SonarTrajectoryProps } from "./sonar-trajectory";
export { SonarTeam } from "./sonar-team";
export type { SonarTeamProps } from "./sonar-team";
export { QuestionField } from "./question-field";
export type { QuestionFieldProps } from "./question-field";
export { useSonar } from "./use-sonar";
export { useSonarQuiz } from "./use-sonar-quiz";
export type {
  QuestionFieldBindings,
  ShareCodeNotice,
  UseSonarQuizOptions,
  UseSonarQuizResult,
} from "./use-sonar-quiz";
export type { UseSonarOptions } from "./use-sonar";
export { messagesFr } from "./i18n/messages.fr";
export { messagesEn } from "./i18n/messages.en";
export type { SonarMessages } from "./i18n/messages.fr";
export { sonarTranslator } from "./i18n/messages";
export type { SonarTranslator } from "./i18n/messages";
