import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { IdeaT } from "@communs/idea-box/client";
import { useIdeaBox } from "./context";
import { IdeaCard } from "./idea-card";
import { ProblemMessage } from "./problem-message";
import { useQuery } from "./use-query";
import {
  applyPersonalFilters,
  boxKey,
  listKey,
  listSorts,
  sortByTrending,
  type BoxDetailsT,
  type IdeaListT,
  type ListQuery,
  type ListSort,
} from "@communs/idea-box/store";

export type IdeaListFilters = ListQuery;

export interface IdeaListProps {
  /** Called when the person opens an idea. */
  onOpen?: (id: string) => void;
  /** Filters chosen when the list first shows (e.g. `{ mine: true }` for "my ideas"). */
  initialFilters?: IdeaListFilters;
  /** Ideas per server page (default 20). */
  pageSize?: number;
  /** Ideas given directly instead of fetched (filtered and sorted here). */
  items?: readonly IdeaT[];
  /** Virtualise above this many ideas (default 60); `false` never does. */
  virtualizeAbove?: number | false;
  /** Heading of the list; none when null. */
  heading?: string | null;
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

// The folded text of an idea, computed once per idea object: typing in the search box then only
// scans strings, instead of normalising ten thousand texts on every keystroke.
const foldedTexts = new WeakMap<IdeaT, string>();
const foldedTextOf = (idea: IdeaT) => {
  let folded = foldedTexts.get(idea);
  if (folded === undefined) {
    folded = fold(`${idea.title} ${idea.problem}`);
    foldedTexts.set(idea, folded);
  }
  return folded;
};

const sortLabel: Record<
  ListSort,
  "sortRecent" | "sortSupported" | "sortCommented" | "sortTrending"
> = {
  recent: "sortRecent",
  supported: "sortSupported",
  commented: "sortCommented",
  trending: "sortTrending",
};

/** Sorts ideas the way the server would; ISO timestamps compare as plain strings. */
function sortIdeas(ideas: readonly IdeaT[], sort: ListSort | undefined, now: number): IdeaT[] {
  if (sort === "supported") return [...ideas].sort((a, b) => b.supportCount - a.supportCount);
  if (sort === "commented") return [...ideas].sort((a, b) => b.commentCount - a.commentCount);
  if (sort === "trending") return sortByTrending(ideas, now);
  return [...ideas].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  );
}

/** Keeps the ideas that match the filters, in the order given. */
function matchIdeas(items: readonly IdeaT[], filters: IdeaListFilters): IdeaT[] {
  const words = fold(filters.q ?? "")
    .split(/\s+/)
    .filter(Boolean);
  const matching = items.filter(
    (idea) =>
      (!filters.status || idea.status === filters.status) &&
      (!filters.theme || idea.theme === filters.theme) &&
      (!filters.scope || idea.scope === filters.scope) &&
      (words.length === 0 || words.every((word) => foldedTextOf(idea).includes(word))),
  );
  return applyPersonalFilters(matching, filters);
}

/** Filters a given array the way the server would (for `items` mode and benchmarks). */
export function filterIdeasLocally(
  items: readonly IdeaT[],
  filters: IdeaListFilters,
  now = Date.now(),
): IdeaT[] {
  return matchIdeas(sortIdeas(items, filters.sort, now), filters);
}

/** Ideas of the box with filters, sorts, search, pages, and virtualisation when long. */
export function IdeaList(props: IdeaListProps) {
  const {
    onOpen,
    initialFilters = {},
    pageSize = 20,
    items,
    virtualizeAbove = 60,
    heading,
  } = props;
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
  useEffect(() => {
    if (!settled) return;
    if (firstAnnouncement.current) {
      firstAnnouncement.current = false;
      return;
    }
    announce(shown.length === 0 ? t("noResults") : tp("results", shown.length));
    // Announce only when the result settles for new criteria.
  }, [settled, shown.length, filters, items ? search : "", announce, t, tp]);

  const statuses = box.data?.statuses ?? [];
  const statusLabel = (key: string) => statuses.find((status) => status.key === key)?.label;
  const set = (patch: Partial<IdeaListFilters>) =>
    setFilters((current) => ({ ...current, ...patch }));
  const virtual = virtualizeAbove !== false && shown.length > virtualizeAbove;

  return (
    <section className="communs-idea-box-list">
      {heading !== null && (
        <h2 id={`${id}-h`} className="communs-idea-box-heading">
          {heading ?? t("listTitle")}
        </h2>
      )}
      <form
        className="communs-idea-box-filters"
        role="search"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="communs-idea-box-field">
          <label htmlFor={`${id}-q`}>{t("search")}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="communs-idea-box-field">
          <label htmlFor={`${id}-sort`}>{t("sort")}</label>
          <select
            id={`${id}-sort`}
            value={filters.sort}
            onChange={(event) => set({ sort: event.target.value as ListSort })}
          >
            {listSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(sortLabel[sort])}
              </option>
            ))}
          </select>
        </div>
        {!items && (
          <>
            <div className="communs-idea-box-field">
              <label htmlFor={`${id}-status`}>{t("status")}</label>
              <select
                id={`${id}-status`}
                value={filters.status ?? ""}
                onChange={(event) => set({ status: event.target.value || undefined })}
              >
                <option value="">{t("allStatuses")}</option>
                {statuses.map((status) => (
                  <option key={status.key} value={status.key}>
                    {status.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="communs-idea-box-field">
              <label htmlFor={`${id}-theme`}>{t("theme")}</label>
              <select
                id={`${id}-theme`}
                value={filters.theme ?? ""}
                onChange={(event) => set({ theme: event.target.value || undefined })}
              >
                <option value="">{t("allThemes")}</option>
                {(box.data?.themes ?? []).map((theme) => (
                  <option key={theme.slug} value={theme.slug}>
                    {theme.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="communs-idea-box-field">
              <label htmlFor={`${id}-scope`}>{t("scope")}</label>
              <select
                id={`${id}-scope`}
                value={filters.scope ?? ""}
                onChange={(event) => set({ scope: event.target.value || undefined })}
              >
                <option value="">{t("allScopes")}</option>
                {(box.data?.scopes ?? []).map((scope) => (
                  <option key={scope.slug} value={scope.slug}>
                    {scope.label}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <div className="communs-idea-box-checks">
          <label>
            <input
              type="checkbox"
              checked={Boolean(filters.mine)}
              onChange={(event) => set({ mine: event.target.checked })}
            />{" "}
            {t("mine")}
          </label>
          <label>
            <input
              type="checkbox"
              checked={Boolean(filters.supported)}
              onChange={(event) => set({ supported: event.target.checked })}
            />{" "}
            {t("supportedOnly")}
          </label>
        </div>
      </form>

      {remote.status === "loading" && <p className="communs-idea-box-muted">{t("loading")}</p>}
      {remote.error && <ProblemMessage problem={remote.error} onRetry={remote.refetch} />}
      {settled && shown.length === 0 && <p className="communs-idea-box-muted">{t("noResults")}</p>}
      {shown.length > 0 &&
        (virtual ? (
          <VirtualIdeas
            ideas={shown}
            onOpen={onOpen}
            statusLabel={statusLabel}
            label={heading ?? t("listTitle")}
          />
        ) : (
          <ul className="communs-idea-box-items">
            {shown.map((idea) => (
              <li key={idea.id}>
                <IdeaCard idea={idea} onOpen={onOpen} statusLabel={statusLabel(idea.status)} />
              </li>
            ))}
          </ul>
        ))}
      {!items && remote.data?.nextCursor && (
        <button
          type="button"
          className="communs-idea-box-button"
          disabled={remote.fetching}
          onClick={() => void store.fetchMore(query)}
        >
          {t("loadMore")}
        </button>
      )}
    </section>
  );
}

function VirtualIdeas(props: {
  ideas: IdeaT[];
  onOpen?: (id: string) => void;
  statusLabel: (key: string) => string | undefined;
  label: string;
}) {
  const { ideas, onOpen, statusLabel, label } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: ideas.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 180,
    overscan: 4,
    initialRect: { width: 800, height: 640 },
    getItemKey: (index) => ideas[index]!.id,
  });
  return (
    <div
      ref={scroller}
      className="communs-idea-box-scroll"
      style={{ maxHeight: "40rem", overflow: "auto" }}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <ul
        className="communs-idea-box-items"
        style={{ height: virtualizer.getTotalSize(), position: "relative" }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const idea = ideas[row.index]!;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={ideas.length}
              aria-posinset={row.index + 1}
              style={{
                position: "absolute",
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${row.start}px)`,
              }}
            >
              <IdeaCard idea={idea} onOpen={onOpen} statusLabel={statusLabel(idea.status)} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
