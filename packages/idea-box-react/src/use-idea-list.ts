import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from "react";
import type { IdeaT } from "@communs/idea-box/client";
import {
  applyPersonalFilters,
  boxKey,
  listKey,
  listSorts,
  matchIdeas,
  sortIdeas,
  type BoxDetailsT,
  type IdeaListT,
  type ListQuery,
  type ListSort,
} from "@communs/idea-box/store";
import { useIdeaBox } from "./context";
import { useQuery } from "./use-query";

export type IdeaListFilters = ListQuery;

export interface UseIdeaListOptions {
  /** Filters chosen when the list first shows (e.g. `{ mine: true }` for "my ideas"). */
  initialFilters?: IdeaListFilters;
  /** Ideas per server page (default 20). */
  pageSize?: number;
  /** Ideas given directly instead of fetched (filtered and sorted here). */
  items?: readonly IdeaT[];
}

const sortLabel = {
  recent: "sortRecent",
  supported: "sortSupported",
  commented: "sortCommented",
  trending: "sortTrending",
} as const satisfies Record<ListSort, string>;

type Choice = "sort" | "status" | "theme" | "scope";
type Toggle = "mine" | "supported";

/**
 * The behaviour of the idea list without its markup: filters, a search that waits for a pause
 * in typing (or filters given items at each keystroke), pages, and the announcement of each
 * settled result. Returns state and prop getters for any design system.
 */
export function useIdeaList(options: UseIdeaListOptions = {}) {
  const { initialFilters = {}, pageSize = 20, items } = options;
  const { store, t, tp, announce } = useIdeaBox();
  const [filters, setFilters] = useState<IdeaListFilters>({ sort: "recent", ...initialFilters });
  const [search, setSearch] = useState(initialFilters.q ?? "");
  const id = useId();

  // Server searches wait for a pause in typing; local filtering follows each keystroke.
  useEffect(() => {
    if (items) return;
    const timer = setTimeout(
      () => setFilters((current) => ({ ...current, q: search.trim() })),
      300,
    );
    return () => clearTimeout(timer);
  }, [search, items]);

  const box = useQuery<BoxDetailsT>(items ? null : boxKey, (force) => store.fetchBox(force));
  const query: ListQuery = {
    sort: filters.sort,
    q: filters.q || undefined,
    status: filters.status,
    theme: filters.theme,
    scope: filters.scope,
    mine: filters.mine || undefined,
    supported: filters.supported || undefined,
    limit: pageSize,
  };
  const remote = useQuery<IdeaListT>(items ? null : listKey(query), (force) =>
    store.fetchList(query, force),
  );

  // Given items are sorted once per sort, then only filtered as the person types (filtering
  // keeps the order).
  const sortedItems = useMemo(
    () => (items ? sortIdeas(items, filters.sort, Date.now()) : null),
    [items, filters.sort],
  );
  const shown = useMemo(() => {
    if (sortedItems) return matchIdeas(sortedItems, { ...filters, q: search });
    // The server sorted and filtered; the personal filters again keep the list right at once
    // after a support is withdrawn here.
    return applyPersonalFilters(remote.data?.items ?? [], filters);
  }, [sortedItems, filters, search, remote.data]);

  const settled = items ? true : remote.status === "success" && !remote.fetching;
  const firstAnnouncement = useRef(true);
  const localSearch = items ? search : "";
  useEffect(() => {
    if (!settled) return;
    if (firstAnnouncement.current) {
      firstAnnouncement.current = false;
      return;
    }
    announce(shown.length === 0 ? t("noResults") : tp("results", shown.length));
    // Announce only when the result settles for new criteria (filters, or the local search).
  }, [settled, shown.length, filters, localSearch, announce, t, tp]);

  const statuses = box.data?.statuses ?? [];
  const set = (patch: Partial<IdeaListFilters>) =>
    setFilters((current) => ({ ...current, ...patch }));
  const choices: Record<Choice, { value: string; label: string }[]> = {
    sort: listSorts.map((sort) => ({ value: sort, label: t(sortLabel[sort]) })),
    status: [
      { value: "", label: t("allStatuses") },
      ...statuses.map((status) => ({ value: status.key, label: status.label })),
    ],
    theme: [
      { value: "", label: t("allThemes") },
      ...(box.data?.themes ?? []).map((theme) => ({ value: theme.slug, label: theme.label })),
    ],
    scope: [
      { value: "", label: t("allScopes") },
      ...(box.data?.scopes ?? []).map((scope) => ({ value: scope.slug, label: scope.label })),
    ],
  };

  return {
    filters,
    search,
    setSearch,
    setFilters: set,
    /** The ideas to show, sorted and filtered. */
    shown,
    /** True once the answer for the current criteria is in (always, for given items). */
    settled,
    loading: remote.status === "loading",
    error: remote.error,
    retry: remote.refetch,
    /** Filters by status, theme and scope exist only for the box's own list. */
    remoteFilters: !items,
    /** The label the box gives a status key. */
    statusLabel: (key: string) => statuses.find((status) => status.key === key)?.label,
    /** The options of each choice, labelled in the person's language. */
    choices,
    hasMore: !items && Boolean(remote.data?.nextCursor),
    loadingMore: remote.fetching,
    loadMore: () => void store.fetchMore(query),
    headingId: `${id}-h`,
    getSearchLabelProps: () => ({ htmlFor: `${id}-q` }),
    getSearchProps: () => ({
      id: `${id}-q`,
      type: "search" as const,
      value: search,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setSearch(event.target.value),
    }),
    getChoiceLabelProps: (name: Choice) => ({ htmlFor: `${id}-${name}` }),
    getChoiceProps: (name: Choice) => ({
      id: `${id}-${name}`,
      value: filters[name] ?? "",
      onChange: (event: ChangeEvent<HTMLSelectElement>) =>
        set(
          name === "sort"
            ? { sort: event.target.value as ListSort }
            : { [name]: event.target.value || undefined },
        ),
    }),
    getToggleProps: (name: Toggle) => ({
      type: "checkbox" as const,
      checked: Boolean(filters[name]),
      onChange: (event: ChangeEvent<HTMLInputElement>) => set({ [name]: event.target.checked }),
    }),
  };
}
