// @communs/sonar-react/workshop: the workshop components, apart so that the quiz alone does not
// carry the definition validator and the workshop client.
export { WorkshopCreate, type WorkshopCreateProps } from "./workshop-create";
export { WorkshopBoard, type WorkshopBoardProps } from "./workshop-board";
export { WorkshopCompare, type WorkshopCompareProps } from "./workshop-compare";
export { WorkshopDelete, type WorkshopDeleteProps } from "./workshop-delete";
export {
  WorkshopJoin,
  WorkshopParticipant,
  WorkshopQuiz,
  type WorkshopJoinProps,
  type WorkshopParticipantProps,
  type WorkshopQuizProps,
} from "./workshop-participant";
export {
  useWorkshopCreate,
  type DefinitionFile,
  type UseWorkshopCreateOptions,
  type UseWorkshopCreateResult,
  type WorkshopCreateState,
  type WorkshopSource,
} from "./use-workshop-create";
export {
  useWorkshopBoard,
  type UseWorkshopBoardOptions,
  type UseWorkshopBoardResult,
  type WorkshopBoardState,
} from "./use-workshop-board";
export {
  useWorkshopCompare,
  type UseWorkshopCompareOptions,
  type UseWorkshopCompareResult,
  type WorkshopCompareState,
} from "./use-workshop-compare";
export {
  useWorkshopDelete,
  type UseWorkshopDeleteOptions,
  type UseWorkshopDeleteResult,
  type WorkshopDeleteState,
} from "./use-workshop-delete";
export {
  invalidCode,
  useWorkshopParticipant,
  type ParticipantStep,
  type ParticipantStorage,
  type UseWorkshopParticipantOptions,
  type UseWorkshopParticipantResult,
  type WorkshopParticipantState,
} from "./use-workshop-participant";
export { DefinitionIssues } from "./definition-issues";
export { workshopMessagesFr, type WorkshopMessages } from "../i18n/workshop-messages.fr";
export { workshopMessagesEn } from "../i18n/workshop-messages.en";
export {
  describeWorkshopProblem,
  workshopTranslator,
  type WorkshopTranslator,
} from "../i18n/workshop-messages";
