export { Demineur, type DemineurProps, type DemineurView } from "./demineur";
export { PreProjectCheck, type PreProjectCheckProps } from "./pre-project-check";
export { CheckAnswerForm, type CheckAnswerFormProps } from "./answer-form";
export { CheckAnswers, type CheckAnswersProps } from "./check-answers";
export { DeminingReport, type DeminingReportProps } from "./demining-report";
export {
  useCheckForm,
  type CheckFormField,
  type CheckFormValues,
  type UseCheckFormOptions,
} from "./use-check-form";
export { useAnswerForm, type UseAnswerFormOptions } from "./use-answer-form";
export { useDemineur } from "./context";
export { createDemineurTranslator, type DemineurTranslator } from "./i18n";
export { demineurMessagesFr, type DemineurMessages } from "./messages.fr";
export { demineurMessagesEn } from "./messages.en";
// The Démineur's headless part lives in @communs/idea-box/store; its names stay available here.
export {
  answerCommentsKey,
  answersKey,
  checkKey,
  checksKey,
  createDemineurStore,
  demineurOf,
  reportKey,
  validateAnswer,
  validateCheck,
  type AnswerDraft,
  type AnswerT,
  type CheckReportT,
  type CheckT,
  type DemineurStore,
  type ReportFile,
  type ReportFormat,
  type SimilarToCheckT,
} from "@communs/idea-box/store";
