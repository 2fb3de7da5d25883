export { ReportReact, type ReportReactProps } from "./report-react";
export { messagesFr as reportReactMessagesFr } from "./i18n/messages.fr";
export { messagesEn as reportReactMessagesEn } from "./i18n/messages.en";
