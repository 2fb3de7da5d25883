import type { z } from "zod";
import { problem, type IdeaBoxClient, type ProblemDetails } from "@communs/idea-box/client";
import type {
  Box,
  Comment,
  IdeaCreate,
  IdeaList,
  IdeaPage,
  IdeaT,
  MergeRequest,
  SimilarList,
  StatusChange,
} from "@communs/idea-box";
import { safeStorage, type DraftStorage } from "./storage";
import type { ListSort } from "./sort";

export type QueryStatus = "idle" | "loading" | "success" | "error";

/** One cached answer: its data stays shown while it refreshes or after an error. */
export interface QueryState<T> {
  status: QueryStatus;
  data: T | undefined;
  error: ProblemDetails | null;
  /** Epoch milliseconds of the last success (0 before). */
  updatedAt: number;
  /** Invalidated: the next read fetches again. */
  stale: boolean;
  fetching: boolean;
}

/** A list query as people choose it; the server sorts and filters (personal filters too). */
export interface ListQuery {
  sort?: ListSort;
  q?: string;
  status?: string;
  theme?: string;
  scope?: string;
  /** Only the signed-in person's ideas. */
  mine?: boolean;
  /** Only the ideas the signed-in person supports. */
  supported?: boolean;
  limit?: number;
}

export type Connection = "online" | "offline";

export interface StoreState {
  readonly queries: Readonly<Record<string, QueryState<unknown>>>;
  /** "offline" after a network error or timeout, "online" after the next success. */
  readonly connection: Connection;
  /** The last failed action (support, post…), for an announcement; null once read or replaced. */
  readonly lastError: ProblemDetails | null;
  /** Actions in flight, e.g. `support:<id>`, `create-idea`. */
  readonly pending: Readonly<Record<string, true>>;
}

export type Outcome<T> =
  { ok: true; value: T } | { ok: false; problem: ProblemDetails; offline: boolean };

/** A cache key that carries the type of the data cached under it: `query(ideaKey(id))` is typed. */
declare const cached: unique symbol;
export type QueryKey<T> = string & { readonly [cached]: T };
/** Brands a key; only the key constructors below call it. */
const keyOf = <T>(key: string) => key as QueryKey<T>;

export interface StoreOptions {
  client: IdeaBoxClient;
  /** The box slug. */
  box: string;
  /** Where drafts are kept: `window.localStorage` in a browser; memory when omitted. */
  storage?: DraftStorage | null;
  /** How long an answer is fresh, in milliseconds (default 30 000). */
  staleTimeMs?: number;
  now?: () => number;
  /** How long a query nobody reads stays cached, in milliseconds (default 300 000). */
  gcTimeMs?: number;
}

export type IdeaPageT = z.infer<typeof IdeaPage>;
export type IdeaListT = z.infer<typeof IdeaList>;
export type CommentItemT = z.infer<typeof Comment>;
export type BoxDetailsT = z.infer<typeof Box>;
export type SimilarListT = z.infer<typeof SimilarList>;
export type IdeaDraft = Partial<z.input<typeof IdeaCreate>> & { teamName?: string };

const emptyQuery: QueryState<never> = {
  status: "idle",
  data: undefined,
  error: null,
  updatedAt: 0,
  stale: false,
  fetching: false,
};

/** Stable key of a list query: same filters, same key, whatever the property order. */
export function listKey(query: ListQuery): QueryKey<IdeaListT> {
  const entries = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== "")
    .sort(([a], [b]) => a.localeCompare(b));
  return keyOf(`list:${JSON.stringify(entries)}`);
}
export const ideaKey = (id: string) => keyOf<IdeaPageT>(`idea:${id}`);
export const commentsKey = (id: string) => keyOf<{ items: CommentItemT[] }>(`comments:${id}`);
export const boxKey = keyOf<BoxDetailsT>("box");
const isListKey = (key: string): key is QueryKey<IdeaListT> => key.startsWith("list:");

/** Duck-typed so that two copies of the client (a bundle and a page) still agree. */
const toProblem = (error: unknown): ProblemDetails =>
  typeof error === "object" &&
  error !== null &&
  "problem" in error &&
  typeof error.problem === "object"
    ? (error.problem as ProblemDetails)
    : problem("network", { detail: error instanceof Error ? error.message : String(error) });

const isOffline = (details: ProblemDetails) =>
  details.code === "network" || details.code === "timeout";

export type IdeaBoxStore = ReturnType<typeof createIdeaBoxStore>;

/**
 * The headless state of an idea box: cached queries with invalidation, optimistic supports
 * and follows rolled back on failure, drafts kept in an injected storage, and a connection
 * state. Framework-free: subscribe to it from React (`useSyncExternalStore`), Vue or plain code.
 */
export function createIdeaBoxStore(options: StoreOptions) {
  const { client, box } = options;
  const now = options.now ?? Date.now;
  const staleTimeMs = options.staleTimeMs ?? 30_000;
  const gcTimeMs = options.gcTimeMs ?? 300_000;
  /** How many readers each query has; a query left with none is evicted after `gcTimeMs`. */
  const readers = new Map<string, number>();
  const evictions = new Map<string, ReturnType<typeof setTimeout>>();
  const drafts = safeStorage(options.storage);
  const listeners = new Set<() => void>();
  const inFlight = new Map<string, Promise<unknown>>();
  let state: StoreState = { queries: {}, connection: "online", lastError: null, pending: {} };

  const set = (next: Partial<StoreState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  /** The one place a cached entry is read back with its type: the key carries it. */
  const entryOf = <T>(key: QueryKey<T>): QueryState<T> | undefined =>
    state.queries[key] as QueryState<T> | undefined;
  const setQuery = (key: string, patch: Partial<QueryState<unknown>>) =>
    set({
      queries: { ...state.queries, [key]: { ...(state.queries[key] ?? emptyQuery), ...patch } },
    });
  const setPending = (key: string, on: boolean) => {
    const pending = { ...state.pending };
    if (on) pending[key] = true;
    else delete pending[key];
    set({ pending });
  };

  async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
    try {
      const value = await run();
      if (state.connection !== "online") set({ connection: "online" });
      return { ok: true, value };
    } catch (error) {
      const details = toProblem(error);
      const offline = isOffline(details);
      set({ lastError: details, ...(offline ? { connection: "offline" as const } : {}) });
      return { ok: false, problem: details, offline };
    }
  }

  function isFresh(key: string): boolean {
    const entry = state.queries[key];
    return Boolean(
      entry && entry.status === "success" && !entry.stale && now() - entry.updatedAt < staleTimeMs,
    );
  }

  /** Fetches a query unless a fresh answer is cached; concurrent calls share one request. */
  function fetchQuery<T>(
    key: QueryKey<T>,
    load: () => Promise<T>,
    force = false,
  ): Promise<Outcome<T>> {
    if (!force && isFresh(key)) return Promise.resolve({ ok: true, value: entryOf(key)!.data! });
    const running = inFlight.get(key);
    if (running) return running as Promise<Outcome<T>>;
    const hadData = state.queries[key]?.data !== undefined;
    setQuery(key, { fetching: true, ...(hadData ? {} : { status: "loading" }) });
    const promise = attempt(load).then((outcome) => {
      inFlight.delete(key);
      if (outcome.ok)
        setQuery(key, {
          status: "success",
          data: outcome.value,
          error: null,
          updatedAt: now(),
          stale: false,
          fetching: false,
        });
      else setQuery(key, { status: "error", error: outcome.problem, fetching: false });
      return outcome;
    });
    inFlight.set(key, promise);
    return promise;
  }

  const serverQuery = (query: ListQuery, cursor?: string) => ({
    sort: query.sort ?? ("recent" as const),
    ...(query.q ? { q: query.q } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.theme ? { theme: query.theme } : {}),
    ...(query.scope ? { scope: query.scope } : {}),
    ...(query.mine ? { mine: "true" } : {}),
    ...(query.supported ? { supported: "true" } : {}),
    limit: query.limit ?? 20,
    ...(cursor ? { cursor } : {}),
  });

  /** Replaces an idea wherever it is cached (lists and its page); returns what it replaced. */
  function patchIdea(
    id: string,
    update: (idea: IdeaT) => IdeaT,
  ): Record<string, QueryState<unknown>> {
    const previous: Record<string, QueryState<unknown>> = {};
    const queries = { ...state.queries };
    for (const key of Object.keys(queries)) {
      const entry = queries[key]!;
      if (isListKey(key) && entry.data) {
        const list = entryOf(key)!.data!;
        if (!list.items.some((idea) => idea.id === id)) continue;
        previous[key] = entry;
        queries[key] = {
          ...entry,
          data: {
            ...list,
            items: list.items.map((idea) => (idea.id === id ? update(idea) : idea)),
          },
        };
      } else if (key === ideaKey(id) && entry.data) {
        const page = entryOf(ideaKey(id))!.data!;
        previous[key] = entry;
        queries[key] = { ...entry, data: { ...update(page), history: page.history } };
      }
    }
    set({ queries });
    return previous;
  }

  function rollback(previous: Record<string, QueryState<unknown>>) {
    set({ queries: { ...state.queries, ...previous } });
  }

  function storeIdea(page: IdeaPageT) {
    patchIdea(page.id, (idea) => ({ ...idea, ...stripHistory(page) }));
    setQuery(ideaKey(page.id), {
      status: "success",
      data: page,
      error: null,
      updatedAt: now(),
      stale: false,
    });
  }

  /** Marks cached queries whose key starts with `prefix` (all when omitted) as stale. */
  function invalidate(prefix = "") {
    const queries = { ...state.queries };
    for (const key of Object.keys(queries))
      if (key.startsWith(prefix)) queries[key] = { ...queries[key]!, stale: true };
    set({ queries });
  }

  async function toggle(id: string, kind: "support" | "follow"): Promise<Outcome<IdeaPageT>> {
    const pendingKey = `${kind}:${id}`;
    if (state.pending[pendingKey])
      return { ok: false, problem: problem("conflict"), offline: false };
    const current = findIdea(id);
    if (!current) return { ok: false, problem: problem("not-found"), offline: false };
    const on = kind === "support" ? !current.supportedByMe : !current.followedByMe;
    const previous = patchIdea(id, (idea) =>
      kind === "support"
        ? {
            ...idea,
            supportedByMe: on,
            supportCount: Math.max(0, idea.supportCount + (on ? 1 : -1)),
          }
        : {
            ...idea,
            followedByMe: on,
            followerCount: Math.max(0, idea.followerCount + (on ? 1 : -1)),
          },
    );
    setPending(pendingKey, true);
    const name = kind === "support" ? (on ? "support" : "unsupport") : on ? "follow" : "unfollow";
    const outcome = await attempt(() => client.request(name, { params: { box, id } }));
    setPending(pendingKey, false);
    if (outcome.ok) storeIdea(outcome.value);
    else rollback(previous);
    return outcome;
  }

  /** A moderator's change to an idea: the idea page it answers is stored, stale queries dropped. */
  async function moderateIdea(
    run: () => Promise<IdeaPageT>,
    stalePrefix: string,
  ): Promise<Outcome<IdeaPageT>> {
    const outcome = await attempt(run);
    if (outcome.ok) {
      storeIdea(outcome.value);
      invalidate(stalePrefix);
    }
    return outcome;
  }

  function findIdea(id: string): IdeaT | undefined {
    const page = entryOf(ideaKey(id))?.data;
    if (page) return page;
    for (const key of Object.keys(state.queries)) {
      const list = isListKey(key) ? entryOf(key)?.data : undefined;
      const found = list?.items.find((idea) => idea.id === id);
      if (found) return found;
    }
    return undefined;
  }

  const draftKey = (key: string) => `communs-idea-box:draft:${box}:${key}`;

  const store = {
    box,
    client,
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** A cached query (the same object until it changes, so it can be compared by identity). */
    query<T>(key: QueryKey<T>): QueryState<T> {
      return entryOf(key) ?? emptyQuery;
    },
    /**
     * Calls `listener` only when what `selector` picks changes (by `isEqual`, identity by
     * default): a widget that reads one query is not woken by the others.
     */
    select<S>(
      selector: (state: StoreState) => S,
      listener: (selected: S) => void,
      isEqual: (a: S, b: S) => boolean = Object.is,
    ): () => void {
      let current = selector(state);
      const check = () => {
        const next = selector(state);
        if (isEqual(current, next)) return;
        current = next;
        listener(next);
      };
      listeners.add(check);
      return () => void listeners.delete(check);
    },
    /**
     * Marks a query as read (a mounted widget); returns the release. A query with no reader
     * left is evicted after `gcTimeMs`, so a long session does not keep every list it saw.
     */
    retain(key: QueryKey<unknown>): () => void {
      readers.set(key, (readers.get(key) ?? 0) + 1);
      clearTimeout(evictions.get(key));
      evictions.delete(key);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (readers.get(key) ?? 1) - 1;
        if (left > 0) return void readers.set(key, left);
        readers.delete(key);
        evictions.set(
          key,
          setTimeout(() => {
            evictions.delete(key);
            if (readers.has(key) || inFlight.has(key) || !(key in state.queries)) return;
            const queries = { ...state.queries };
            delete queries[key];
            set({ queries });
          }, gcTimeMs),
        );
      };
    },
    findIdea,
    invalidate,
    /** Forgets the last action error (after the UI announced it). */
    clearError: () => set({ lastError: null }),
    /** Tells the store the browser went offline or online (e.g. from `online` events). */
    setConnection: (connection: Connection) => set({ connection }),

    fetchBox: (force = false) =>
      fetchQuery(boxKey, () => client.request("getBox", { params: { box } }), force),
    fetchList: (query: ListQuery, force = false) =>
      fetchQuery(
        listKey(query),
        () => client.request("listIdeas", { params: { box }, query: serverQuery(query) }),
        force,
      ),
    /** Loads the next page of a list and appends it. */
    async fetchMore(query: ListQuery): Promise<Outcome<IdeaListT>> {
      const key = listKey(query);
      const current = entryOf(key)?.data;
      if (!current?.nextCursor)
        return { ok: true, value: current ?? { items: [], nextCursor: null } };
      const cursor = current.nextCursor;
      setQuery(key, { fetching: true });
      const outcome = await attempt(() =>
        client.request("listIdeas", { params: { box }, query: serverQuery(query, cursor) }),
      );
      if (outcome.ok) {
        const latest = entryOf(key)?.data ?? current;
        const known = new Set(latest.items.map((idea) => idea.id));
        const merged = {
          items: [...latest.items, ...outcome.value.items.filter((idea) => !known.has(idea.id))],
          nextCursor: outcome.value.nextCursor,
        };
        setQuery(key, { data: merged, fetching: false, status: "success", error: null });
        return { ok: true, value: merged };
      }
      setQuery(key, { fetching: false, error: outcome.problem });
      return outcome;
    },
    fetchIdea: (id: string, force = false) =>
      fetchQuery(ideaKey(id), () => client.request("getIdea", { params: { box, id } }), force),
    fetchComments: (id: string, force = false) =>
      fetchQuery(
        commentsKey(id),
        () => client.request("listComments", { params: { box, id } }),
        force,
      ),
    /** Ideas whose title looks like `title` (not cached: each keystroke asks anew). */
    similar: (title: string, signal?: AbortSignal) =>
      attempt(() =>
        client.request("similarIdeas", { params: { box }, query: { title, limit: 5 } }, { signal }),
      ),

    toggleSupport: (id: string) => toggle(id, "support"),
    toggleFollow: (id: string) => toggle(id, "follow"),

    /**
     * Posts an idea once: a second call while the first is in flight is refused. The draft is
     * cleared only after the server accepted the idea; on failure it stays, with the problem.
     */
    async createIdea(
      input: z.input<typeof IdeaCreate>,
      draft = "new-idea",
    ): Promise<Outcome<IdeaPageT>> {
      if (state.pending["create-idea"])
        return { ok: false, problem: problem("conflict"), offline: false };
      setPending("create-idea", true);
      const outcome = await attempt(() =>
        client.request("createIdea", { params: { box }, body: input }),
      );
      setPending("create-idea", false);
      if (outcome.ok) {
        drafts.removeItem(draftKey(draft));
        storeIdea(outcome.value);
        invalidate("list:");
      }
      return outcome;
    },
    async createComment(
      ideaId: string,
      body: string,
      parentId?: string,
    ): Promise<Outcome<CommentItemT>> {
      const pendingKey = `comment:${ideaId}`;
      if (state.pending[pendingKey])
        return { ok: false, problem: problem("conflict"), offline: false };
      setPending(pendingKey, true);
      const outcome = await attempt(() =>
        client.request("createComment", {
          params: { box, id: ideaId },
          body: { body, ...(parentId ? { parentId } : {}) },
        }),
      );
      setPending(pendingKey, false);
      if (outcome.ok) {
        drafts.removeItem(draftKey(`comment:${ideaId}:${parentId ?? "root"}`));
        const list = entryOf(commentsKey(ideaId))?.data;
        if (list)
          setQuery(commentsKey(ideaId), { data: { items: [...list.items, outcome.value] } });
        patchIdea(ideaId, (idea) => ({ ...idea, commentCount: idea.commentCount + 1 }));
      }
      return outcome;
    },
    changeStatus(id: string, change: z.input<typeof StatusChange>): Promise<Outcome<IdeaPageT>> {
      return moderateIdea(
        () => client.request("changeStatus", { params: { box, id }, body: change }),
        "list:",
      );
    },
    // A merge changes the original's support and comment counts too: every query may be stale.
    mergeIdea(id: string, request: z.input<typeof MergeRequest>): Promise<Outcome<IdeaPageT>> {
      return moderateIdea(
        () => client.request("mergeIdea", { params: { box, id }, body: request }),
        "",
      );
    },
    /** Runs any other endpoint with the store's error and connection handling. */
    run: attempt,
    /**
     * Fetches any query through the cache (fresh answers reused, concurrent reads shared): how
     * modules built on the store (the Démineur's) add their own queries.
     */
    fetchQuery,
    /** Caches `data` under `key` as a fresh success (an answer an action sent back). */
    setData<T>(key: QueryKey<T>, data: T) {
      setQuery(key, { status: "success", data, error: null, updatedAt: now(), stale: false });
    },
    /** Marks an action in flight (`pending[key]`) or done. */
    setPending,

    drafts: {
      get persistent() {
        return drafts.persistent;
      },
      load<T = IdeaDraft>(key: string): T | null {
        const raw = drafts.getItem(draftKey(key));
        if (!raw) return null;
        try {
          return JSON.parse(raw) as T;
        } catch {
          return null;
        }
      },
      save(key: string, value: unknown) {
        drafts.setItem(draftKey(key), JSON.stringify(value));
      },
      clear(key: string) {
        drafts.removeItem(draftKey(key));
      },
    },
  };
  return store;
}

function stripHistory(page: IdeaPageT): IdeaT {
  const idea: Partial<IdeaPageT> = { ...page };
  delete idea.history;
  return idea as IdeaT;
}
