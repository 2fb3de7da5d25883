import { useCallback, useEffect, useRef, useState } from "react";
import {
  IdeaBoxError,
  problem,
  type EndpointInput,
  type EndpointName,
  type EndpointOutput,
  type ProblemDetails,
} from "@communs/idea-box/client";
import type { BoxFiguresT } from "@communs/idea-box/client";
import { fill, selectPlural } from "@communs/i18n";
import { useIdeaBox } from "../context";
import type { Plural } from "../i18n/format";
import { adminMessagesEn, adminMessagesFr, type AdminMessages } from "./messages";

type StringKey = {
  [K in keyof AdminMessages]: AdminMessages[K] extends string ? K : never;
}[keyof AdminMessages];

/** The admin console's texts in the provider's locale: `t("saved")`, `tp("ideaCount", 3)`. */
export function useAdminText() {
  const { locale } = useIdeaBox();
  const m = locale === "en" ? adminMessagesEn : adminMessagesFr;
  return {
    m,
    locale,
    t: (key: StringKey, values: Record<string, string | number> = {}) =>
      fill(m[key] as string, values, locale),
    tp: (key: "ideaCount", count: number) =>
      fill(selectPlural(m[key] as Plural, count, locale), { count }, locale),
  };
}

const asProblem = (error: unknown): ProblemDetails =>
  error instanceof IdeaBoxError ? error.problem : problem("network");

export interface AdminQuery<T> {
  data: T | null;
  problem: ProblemDetails | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Headless: one admin read through the store's client (`null` input: wait). Reloads when
 * `version` changes, so a console bumps it after each write and every section follows.
 */
export function useAdminQuery<N extends EndpointName>(
  name: N,
  input: EndpointInput<N> | null,
  version = 0,
): AdminQuery<EndpointOutput<N>> {
  const { store } = useIdeaBox();
  const [state, setState] = useState<{
    data: EndpointOutput<N> | null;
    problem: ProblemDetails | null;
    loading: boolean;
  }>({ data: null, problem: null, loading: input !== null });
  const [tick, setTick] = useState(0);
  const key = input === null ? null : JSON.stringify(input);
  const inputRef = useRef(input);
  inputRef.current = input;
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    store.client.request(name, inputRef.current ?? undefined, { signal: controller.signal }).then(
      (data) => setState({ data, problem: null, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState((previous) => ({ ...previous, problem: asProblem(error), loading: false }));
      },
    );
    return () => controller.abort();
  }, [store, name, key, version, tick]);
  return { ...state, reload: useCallback(() => setTick((n) => n + 1), []) };
}

export type AdminOutcome<T> = { ok: true; data: T } | { ok: false; problem: ProblemDetails };

/** Headless: a write through the store's client, with its refusal as problem details. */
export function useAdminAction() {
  const { store } = useIdeaBox();
  return useCallback(
    async <N extends EndpointName>(
      name: N,
      input: EndpointInput<N>,
    ): Promise<AdminOutcome<EndpointOutput<N>>> => {
      try {
        return { ok: true, data: await store.client.request(name, input) };
      } catch (error) {
        return { ok: false, problem: asProblem(error) };
      }
    },
    [store],
  );
}

/** A share as a whole percentage in the locale ("67 %" / "67%"). */
export function percent(part: number, whole: number, locale: "fr" | "en"): string {
  const value = whole === 0 ? 0 : part / whole;
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(
    value,
  );
}

/** `2026-03` as "mars 2026" / "March 2026" (UTC, as the server counts). */
export function monthLabel(month: string, locale: "fr" | "en"): string {
  const [year, number] = month.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year!, number! - 1, 1)));
}

/** Headless: the box's figures as labelled series, ready for charts and tables. */
export function useBoxFigures(version = 0) {
  const { store } = useIdeaBox();
  const query = useAdminQuery("boxFigures", { params: { box: store.box } }, version);
  return query;
}

/** The three series of the figures, labelled in the locale. */
export function figureSeries(figures: BoxFiguresT, m: AdminMessages, locale: "fr" | "en") {
  return {
    byStatus: figures.byStatus.map((s) => ({ label: s.label, value: s.count })),
    byMonth: figures.byMonth.map((s) => ({ label: monthLabel(s.month, locale), value: s.count })),
    firstAnswer: figures.firstAnswer.bands.map((b) => ({ label: m.bands[b.band], value: b.count })),
  };
}
