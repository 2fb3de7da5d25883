export {
  IdeaBoxProvider,
  useIdeaBox,
  useStoreState,
  type IdeaBoxProviderProps,
  type ThemeName,
} from "./context";
export { IdeaBox, type IdeaBoxProps, type IdeaBoxView } from "./idea-box";
export { IdeaForm, type IdeaFormProps, type IdeaFormValues } from "./idea-form";
export {
  IdeaList,
  filterIdeasLocally,
  type IdeaListFilters,
  type IdeaListProps,
} from "./idea-list";
export { IdeaCard, type IdeaCardProps } from "./idea-card";
export { IdeaDetail, type IdeaDetailProps } from "./idea-detail";
export { CommentThread, type CommentThreadProps } from "./comment-thread";
export { StatusBadge, type StatusBadgeProps } from "./status-badge";
export { SupportButton } from "./support-button";
export { ProblemMessage, type ProblemMessageProps } from "./problem-message";
export { MergeForm, ModerationQueue, StatusChangeForm } from "./moderation";
export { MyData, MyIdeas, type MyDataProps } from "./my-data";
export { messagesFr as ideaBoxMessagesFr, type IdeaBoxMessages } from "./i18n/messages.fr";
export { messagesEn as ideaBoxMessagesEn } from "./i18n/messages.en";
export type { Locale } from "./i18n/format";
export {
  boxKey,
  commentsKey,
  createIdeaBoxStore,
  ideaKey,
  listKey,
  type BoxDetailsT,
  type CommentItemT,
  type Connection,
  type IdeaBoxStore,
  type IdeaDraft,
  type IdeaListT,
  type IdeaPageT,
  type ListQuery,
  type Outcome,
  type QueryState,
  type QueryStatus,
  type SimilarListT,
  type StoreOptions,
  type StoreState,
} from "./store/store";
export { createMemoryStorage, safeStorage, type DraftStorage } from "./store/storage";
export {
  applyPersonalFilters,
  listSorts,
  sortByTrending,
  trendingScore,
  type ListSort,
  type PersonalFilters,
} from "./store/sort";
