import { useEffect, useRef } from "react";
import type { Outcome, QueryKey, QueryState } from "@communs/idea-box/store";
import { useIdeaBox, useStoreSelector } from "./context";

const none = "\u0000none" as QueryKey<never>;

/**
 * Reads a cached query and fetches it when missing or stale; re-renders only when that query
 * changes, and keeps it from eviction while mounted.
 */
export function useQuery<T>(
  key: QueryKey<T> | null,
  load: (force: boolean) => Promise<Outcome<T>>,
): QueryState<T> & {
  refetch: () => void;
} {
  const { store } = useIdeaBox();
  const entry = useStoreSelector(() => store.query<T>(key ?? none));
  // The latest `load` (recreated each render) without refetching on every render.
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const stale = entry.stale;
  useEffect(() => {
    if (key) void loadRef.current(stale);
  }, [key, stale]);
  useEffect(() => (key ? store.retain(key) : undefined), [store, key]);
  return { ...entry, refetch: () => void loadRef.current(true) };
}
