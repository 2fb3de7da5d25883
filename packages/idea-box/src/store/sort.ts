import { foldAccents } from "@communs/i18n";
import type { IdeaT } from "@communs/idea-box/client";

/** Sorts offered to people; the server applies them, `sortByTrending` does the same locally. */
export const listSorts = ["recent", "supported", "commented", "trending"] as const;
export type ListSort = (typeof listSorts)[number];

/** Filters that depend on the person: the server applies them; these keep a loaded list right
 * after a local change (an idea no longer supported leaves the "supported" list at once). */
export interface PersonalFilters {
  mine?: boolean;
  supported?: boolean;
}

const hour = 3_600_000;

/**
 * A "trending" score: supports and comments weigh more when the idea is young
 * (Hacker-News-like gravity, 1.5), so that a new idea with some support rises above
 * an old one with many.
 */
export function trendingScore(
  idea: Pick<IdeaT, "supportCount" | "commentCount" | "createdAt">,
  now: number,
): number {
  const created = Date.parse(idea.createdAt);
  const ageHours = Number.isFinite(created) ? Math.max(0, (now - created) / hour) : 0;
  return (idea.supportCount + 0.5 * idea.commentCount) / (ageHours + 2) ** 1.5;
}

/** Orders ideas by trending score, most recent first on ties; a new array. */
export function sortByTrending<
  T extends Pick<IdeaT, "supportCount" | "commentCount" | "createdAt">,
>(ideas: readonly T[], now: number): T[] {
  return ideas
    .map((idea) => ({ idea, score: trendingScore(idea, now) }))
    .sort((a, b) => b.score - a.score || b.idea.createdAt.localeCompare(a.idea.createdAt))
    .map((entry) => entry.idea);
}

/** Keeps the ideas matching the person's own filters. */
export function applyPersonalFilters<T extends Pick<IdeaT, "mine" | "supportedByMe">>(
  ideas: readonly T[],
  filters: PersonalFilters,
): T[] {
  return ideas.filter(
    (idea) => (!filters.mine || idea.mine) && (!filters.supported || idea.supportedByMe),
  );
}

type Sortable = Pick<IdeaT, "supportCount" | "commentCount" | "createdAt">;

/** Sorts ideas the way the server does; ISO timestamps compare as plain strings. A new array. */
export function sortIdeas<T extends Sortable>(
  ideas: readonly T[],
  sort: ListSort | undefined,
  now: number,
): T[] {
  if (sort === "supported") return [...ideas].sort((a, b) => b.supportCount - a.supportCount);
  if (sort === "commented") return [...ideas].sort((a, b) => b.commentCount - a.commentCount);
  if (sort === "trending") return sortByTrending(ideas, now);
  return [...ideas].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  );
}

/** The filters of a list, as people choose them. */
export interface IdeaFilters extends PersonalFilters {
  /** Words that must all appear in the title or the problem (accents and case ignored). */
  q?: string;
  status?: string;
  theme?: string;
  scope?: string;
}

type Matchable = Pick<
  IdeaT,
  "title" | "problem" | "status" | "theme" | "scope" | "mine" | "supportedByMe"
>;

// The folded text of an idea, computed once per idea object: typing in a search box then only
// scans strings, instead of normalising ten thousand texts on every keystroke.
const foldedTexts = new WeakMap<object, string>();
const foldedTextOf = (idea: Matchable) => {
  let folded = foldedTexts.get(idea);
  if (folded === undefined) {
    folded = foldAccents(`${idea.title} ${idea.problem}`);
    foldedTexts.set(idea, folded);
  }
  return folded;
};

/** Keeps the ideas that match the filters, in the order given. */
export function matchIdeas<T extends Matchable>(items: readonly T[], filters: IdeaFilters): T[] {
  const words = foldAccents(filters.q ?? "")
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

/** Sorts and filters held ideas the way the server would (given items, the in-memory server). */
export function filterIdeasLocally<T extends Sortable & Matchable>(
  items: readonly T[],
  filters: IdeaFilters & { sort?: ListSort },
  now = Date.now(),
): T[] {
  return matchIdeas(sortIdeas(items, filters.sort, now), filters);
}
