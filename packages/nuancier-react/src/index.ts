export { NuancierReact, type NuancierReactProps } from "./nuancier-react";
export { messagesFr as nuancierReactMessagesFr } from "./i18n/messages.fr";
export { messagesEn as nuancierReactMessagesEn } from "./i18n/messages.en";
