// @communs/sonar-react/workshop: the workshop components, apart so that the quiz alone does not
// carry the definition validator and the workshop client.
export { WorkshopCreate } from "./workshop-create";
export type { WorkshopCreateProps } from "./workshop-create";
export { WorkshopBoard } from "./workshop-board";
export type { WorkshopBoardProps } from "./workshop-board";
export { WorkshopCompare } from "./workshop-compare";
export type { WorkshopCompareProps } from "./workshop-compare";
export { WorkshopDelete } from "./workshop-delete";
export type { WorkshopDeleteProps } from "./workshop-delete";
export { WorkshopJoin, WorkshopParticipant, WorkshopQuiz } from "./workshop-participant";
export type {
  WorkshopJoinProps,
  WorkshopParticipantProps,
  WorkshopQuizProps,
} from "./workshop-participant";
export { useWorkshopCreate } from "./use-workshop-create";
export type {
  DefinitionFile,
  UseWorkshopCreateOptions,
  UseWorkshopCreateResult,
  WorkshopCreateState,
  WorkshopSource,
} from "./use-workshop-create";
export { useWorkshopBoard } from "./use-workshop-board";
export type {
  UseWorkshopBoardOptions,
  UseWorkshopBoardResult,
  WorkshopBoardState,
} from "./use-workshop-board";
export { useWorkshopCompare } from "./use-workshop-compare";
export type {
  UseWorkshopCompareOptions,
  UseWorkshopCompareResult,
  WorkshopCompareState,
} from "./use-workshop-compare";
export { useWorkshopDelete } from "./use-workshop-delete";
export type {
  UseWorkshopDeleteOptions,
  UseWorkshopDeleteResult,
  WorkshopDeleteState,
} from "./use-workshop-delete";
export { invalidCode, useWorkshopParticipant } from "./use-workshop-participant";
export type {
  ParticipantStep,
  ParticipantStorage,
  UseWorkshopParticipantOptions,
  UseWorkshopParticipantResult,
  WorkshopParticipantState,
} from "./use-workshop-participant";
export { DefinitionIssues } from "./definition-issues";
export { workshopMessagesFr } from "../i18n/workshop-messages.fr";
export { workshopMessagesEn } from "../i18n/workshop-messages.en";
export type { WorkshopMessages } from "../i18n/workshop-messages.fr";
export { describeWorkshopProblem, workshopTranslator } from "../i18n/workshop-messages";
export type { WorkshopTranslator } from "../i18n/workshop-messages";
