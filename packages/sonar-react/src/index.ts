export { SonarReact, type SonarReactProps } from "./sonar-react";
export { messagesFr as sonarReactMessagesFr } from "./i18n/messages.fr";
export { messagesEn as sonarReactMessagesEn } from "./i18n/messages.en";
