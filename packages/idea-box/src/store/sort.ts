import type { IdeaT } from "@communs/idea-box";

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
