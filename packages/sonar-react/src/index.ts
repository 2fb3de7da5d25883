export { SonarQuiz, type SonarQuizProps } from "./sonar-quiz";
export { SonarResult, SHARE_PARAMETER, type SonarResultProps } from "./sonar-result";
export { SonarRadar, type RadarSeries, type SonarRadarProps } from "./sonar-radar";
export { SonarTrajectory, type SonarTrajectoryProps } from "./sonar-trajectory";
export { SonarTeam, type SonarTeamProps } from "./sonar-team";
export { QuestionField, type QuestionFieldProps } from "./question-field";
export { useSonar, type UseSonarOptions } from "./use-sonar";
export {
  useSonarQuiz,
  type QuestionFieldBindings,
  type ShareCodeNotice,
  type UseSonarQuizOptions,
  type UseSonarQuizResult,
} from "./use-sonar-quiz";
export { messagesFr, type SonarMessages } from "./i18n/messages.fr";
export { messagesEn } from "./i18n/messages.en";
export { sonarTranslator, type SonarTranslator } from "./i18n/messages";
