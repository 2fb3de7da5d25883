export {
  IdeaBoxProvider,
  useIdeaBox,
  useStoreSelector,
  useStoreState,
  type IdeaBoxProviderProps,
  type ThemeName,
} from "./context";
export { IdeaBox, type IdeaBoxProps, type IdeaBoxView } from "./idea-box";
export { IdeaForm, type IdeaFormProps } from "./idea-form";
export {
  useIdeaForm,
  type IdeaFormField,
  type IdeaFormValues,
  type UseIdeaFormOptions,
} from "./use-idea-form";
export { IdeaList, type IdeaListProps } from "./idea-list";
export { useIdeaList, type IdeaListFilters, type UseIdeaListOptions } from "./use-idea-list";
export { IdeaCard, type IdeaCardProps } from "./idea-card";
export { IdeaDetail, type IdeaDetailProps } from "./idea-detail";
export { CommentThread, type CommentThreadProps } from "./comment-thread";
export { StatusBadge, type StatusBadgeProps } from "./status-badge";
export { SupportButton } from "./support-button";
export { ProblemMessage, type ProblemMessageProps } from "./problem-message";
export { MergeForm, ModerationQueue, StatusChangeForm } from "./moderation";
export { MyData, MyIdeas, type MyDataProps } from "./my-data";
export * from "./admin/index";
export * from "./demineur/index";
export { messagesFr as ideaBoxMessagesFr, type IdeaBoxMessages } from "./i18n/messages.fr";
export { messagesEn as ideaBoxMessagesEn } from "./i18n/messages.en";
export type { Locale } from "./i18n/format";
// The headless store lives in @communs/idea-box/store; its names stay available here.
export {
  applyPersonalFilters,
  boxKey,
  commentsKey,
  createIdeaBoxStore,
  createMemoryStorage,
  filterIdeasLocally,
  ideaKey,
  listKey,
  listSorts,
  matchIdeas,
  safeStorage,
  sortByTrending,
  sortIdeas,
  trendingScore,
  type BoxDetailsT,
  type CommentItemT,
  type Connection,
  type DraftStorage,
  type IdeaBoxStore,
  type IdeaDraft,
  type IdeaListT,
  type IdeaPageT,
  type ListQuery,
  type ListSort,
  type Outcome,
  type PersonalFilters,
  type QueryKey,
  type QueryState,
  type QueryStatus,
  type SimilarListT,
  type StoreOptions,
  type StoreState,
} from "@communs/idea-box/store";
