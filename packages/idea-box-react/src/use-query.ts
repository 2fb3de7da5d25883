import { useEffect } from "react";
import type { Outcome, QueryState } from "@communs/idea-box/store";
import { useIdeaBox, useStoreState } from "./context";

/** Reads a cached query and fetches it when missing or stale. */
export function useQuery<T>(
  key: string | null,
  load: (force: boolean) => Promise<Outcome<T>>,
): QueryState<T> & {
  refetch: () => void;
} {
  const { store } = useIdeaBox();
  useStoreState();
  const entry = key ? store.query<T>(key) : store.query<T>("\u0000none");
  const stale = entry.stale;
  useEffect(() => {
    if (key) void load(stale);
    // `load` is recreated each render; the key and staleness decide.
  }, [key, stale]);
  return { ...entry, refetch: () => void load(true) };
}
