import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { createIdeaBoxClient, type IdeaBoxClient } from "@communs/idea-box/client";
import {
  createIdeaBoxStore,
  type DraftStorage,
  type IdeaBoxStore,
  type StoreState,
} from "@communs/idea-box/store";
import { messagesFr, type IdeaBoxMessages } from "./i18n/messages.fr";
import { messagesEn } from "./i18n/messages.en";
import { createTranslator, type Locale, type Translator } from "./i18n/format";

export type ThemeName = "default" | "dark" | "dsfr";

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

export interface IdeaBoxProviderProps {
  /** The box slug. */
  box: string;
  /** A client made with `createIdeaBoxClient`, or a `baseUrl` to make one. */
  client?: IdeaBoxClient;
  baseUrl?: string;
  /** A store to share between providers; made from client and box when omitted. */
  store?: IdeaBoxStore;
  locale?: Locale;
  /** Sets `data-communs-theme` on the widgets' wrapper; inherit the page's theme when omitted. */
  theme?: ThemeName;
  /** Overrides some texts. */
  messages?: DeepPartial<IdeaBoxMessages>;
  /** Where drafts are kept; `window.localStorage` by default. */
  storage?: DraftStorage | null;
  children?: ReactNode;
}

interface IdeaBoxContextValue extends Translator {
  store: IdeaBoxStore;
  /** Says a sentence to screen readers through the provider's live region. */
  announce: (text: string, urgent?: boolean) => void;
}

const IdeaBoxContext = createContext<IdeaBoxContextValue | null>(null);

function merge<T>(base: T, override: DeepPartial<T> | undefined): T {
  if (!override) return base;
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    result[key] =
      typeof value === "object" && value !== null
        ? merge(result[key], value as DeepPartial<unknown>)
        : value;
  }
  return result as T;
}

function defaultStorage(): DraftStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Gives the widgets below it a store (client and box), a locale, a theme and a live region. */
export function IdeaBoxProvider(props: IdeaBoxProviderProps) {
  const { box, client, baseUrl, locale = "fr", theme, messages, children } = props;
  const storeRef = useRef<IdeaBoxStore | null>(null);
  if (!storeRef.current || (props.store && storeRef.current !== props.store)) {
    storeRef.current =
      props.store ??
      createIdeaBoxStore({
        client: client ?? createIdeaBoxClient({ baseUrl: baseUrl ?? "" }),
        box,
        storage: props.storage === undefined ? defaultStorage() : props.storage,
      });
  }
  const store = storeRef.current;
  const [polite, setPolite] = useState("");
  const [assertive, setAssertive] = useState("");
  // One pending sentence per live region, dropped when the provider unmounts (no state update
  // after unmount, e.g. when a page or a test tears the widgets down within 50 ms).
  const announceTimers = useRef<{
    polite?: ReturnType<typeof setTimeout>;
    assertive?: ReturnType<typeof setTimeout>;
  }>({});
  useEffect(() => {
    const timers = announceTimers.current;
    return () => {
      clearTimeout(timers.polite);
      clearTimeout(timers.assertive);
    };
  }, []);
  const announce = useCallback((text: string, urgent = false) => {
    const region = urgent ? "assertive" : "polite";
    const setter = urgent ? setAssertive : setPolite;
    // Clearing first makes screen readers repeat an identical sentence.
    setter("");
    clearTimeout(announceTimers.current[region]);
    announceTimers.current[region] = setTimeout(() => setter(text), 50);
  }, []);

  useEffect(() => {
    if (typeof window === "undefined") return;
    const online = () => store.setConnection("online");
    const offline = () => store.setConnection("offline");
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
    };
  }, [store]);

  const value = useMemo<IdeaBoxContextValue>(() => {
    const base =
      locale === "en" ? (messagesEn as IdeaBoxMessages) : (messagesFr as IdeaBoxMessages);
    return { ...createTranslator(locale, merge(base, messages)), store, announce };
  }, [locale, messages, store, announce]);

  return (
    <IdeaBoxContext.Provider value={value}>
      <div
        className="communs-idea-box"
        lang={locale}
        {...(theme ? { "data-communs-theme": theme } : {})}
      >
        {children}
        <div
          className="communs-visually-hidden"
          role="status"
          aria-live="polite"
          aria-atomic="true"
        >
          {polite}
        </div>
        <div className="communs-visually-hidden" role="alert" aria-atomic="true">
          {assertive}
        </div>
      </div>
    </IdeaBoxContext.Provider>
  );
}

/** The provider's store, translator and announcer. */
export function useIdeaBox(): IdeaBoxContextValue {
  const value = useContext(IdeaBoxContext);
  if (!value) throw new Error("Idea box widgets must be placed inside <IdeaBoxProvider>.");
  return value;
}

/** Re-renders on every change of the store; prefer `useStoreSelector`. */
export function useStoreState(): StoreState {
  const { store } = useIdeaBox();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

/**
 * Re-renders only when what `selector` picks changes (by identity): return a primitive or an
 * object of the state as it is (`state.pending["x"]`, `store.query(key)`), not a new object.
 */
export function useStoreSelector<S>(selector: (state: StoreState) => S): S {
  const { store } = useIdeaBox();
  const read = () => selector(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}
