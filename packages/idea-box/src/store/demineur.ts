import type { EndpointInput, EndpointOutput } from "@communs/idea-box";
import { problem } from "@communs/idea-box/client";
import type { IdeaBoxStore, Outcome, QueryKey } from "./store";

/**
 * The Démineur (pre-project checks) over an idea box store: same client, same cache (so
 * `query`, `retain`, `invalidate` and the React `useQuery` work on its keys), same connection
 * and error handling. Framework-free, like the store it extends.
 */

export type CheckT = EndpointOutput<"getCheck">;
export type CheckListT = EndpointOutput<"listChecks">;
export type AnswerT = EndpointOutput<"answerCheck">;
export type AnswerListT = EndpointOutput<"listAnswers">;
export type AnswerCommentT = EndpointOutput<"createAnswerComment">;
export type CheckReportT = EndpointOutput<"checkReport">;
export type SimilarToCheckT = EndpointOutput<"similarToCheck">["items"][number];
export type CheckCreateInput = NonNullable<EndpointInput<"createCheck">["body"]>;
export type AnswerInputT = NonNullable<EndpointInput<"answerCheck">["body"]>;
export type DecisionInputT = NonNullable<EndpointInput<"decideCheck">["body"]>;
export type CheckIdeaLinkT = NonNullable<EndpointInput<"linkCheckIdea">["body"]>;
export type ReportFormat = "md" | "csv" | "json";
export type ReportLocale = "fr" | "en";

const keyOf = <T>(key: string) => key as QueryKey<T>;
export const checkKey = (id: string) => keyOf<CheckT>(`check:${id}`);
export const checksKey = (state?: CheckT["state"]) => keyOf<CheckListT>(`checks:${state ?? ""}`);
export const answersKey = (checkId: string) => keyOf<AnswerListT>(`answers:${checkId}`);
export const answerCommentsKey = (answerId: string) =>
  keyOf<{ items: AnswerCommentT[] }>(`answer-comments:${answerId}`);
export const reportKey = (checkId: string, locale: ReportLocale) =>
  keyOf<CheckReportT>(`check-report:${checkId}:${locale}`);

/** The route and the file of each export format. */
const exportsByFormat = {
  md: { name: "exportCheckMarkdown", type: "text/markdown;charset=utf-8", extension: "md" },
  csv: { name: "exportCheckCsv", type: "text/csv;charset=utf-8", extension: "csv" },
  json: { name: "exportCheckJson", type: "application/json", extension: "json" },
} as const;

export interface ReportFile {
  filename: string;
  type: string;
  text: string;
}

const busy = <T>(): Outcome<T> => ({ ok: false, problem: problem("conflict"), offline: false });

export type DemineurStore = ReturnType<typeof createDemineurStore>;

/** The Démineur's queries and actions on top of `store` (one per idea box store is enough). */
export function createDemineurStore(store: IdeaBoxStore) {
  const { client, box } = store;
  const run = store.run;

  /** Runs an action once at a time under `pendingKey` (a second call is refused with 409). */
  async function once<T>(pendingKey: string, action: () => Promise<T>): Promise<Outcome<T>> {
    if (store.getState().pending[pendingKey]) return busy<T>();
    store.setPending(pendingKey, true);
    try {
      return await run(action);
    } finally {
      store.setPending(pendingKey, false);
    }
  }

  /** Replaces a check wherever it is cached (its page and the lists). */
  function storeCheck(check: CheckT) {
    store.setData(checkKey(check.id), check);
    for (const key of Object.keys(store.getState().queries)) {
      if (!key.startsWith("checks:")) continue;
      const list = store.query(key as QueryKey<CheckListT>).data;
      if (list?.items.some((item) => item.id === check.id))
        store.setData(key as QueryKey<CheckListT>, {
          items: list.items.map((item) => (item.id === check.id ? check : item)),
        });
    }
  }

  /** Replaces or adds an answer in its check's cached list; returns the list before. */
  function storeAnswer(answer: AnswerT): AnswerListT | undefined {
    const key = answersKey(answer.checkId);
    const list = store.query(key).data;
    if (list) {
      const known = list.items.some((item) => item.id === answer.id);
      store.setData(key, {
        items: known
          ? list.items.map((item) => (item.id === answer.id ? answer : item))
          : [...list.items, answer],
      });
    }
    return list;
  }

  const invalidateReports = (checkId: string) => store.invalidate(`check-report:${checkId}:`);

  return {
    fetchChecks: (state?: CheckT["state"], force = false) =>
      store.fetchQuery(
        checksKey(state),
        () => client.request("listChecks", { params: { box }, query: state ? { state } : {} }),
        force,
      ),
    fetchCheck: (id: string, force = false) =>
      store.fetchQuery(
        checkKey(id),
        () => client.request("getCheck", { params: { box, id } }),
        force,
      ),
    fetchAnswers: (checkId: string, force = false) =>
      store.fetchQuery(
        answersKey(checkId),
        () => client.request("listAnswers", { params: { box, id: checkId } }),
        force,
      ),
    fetchReport: (checkId: string, locale: ReportLocale, force = false) =>
      store.fetchQuery(
        reportKey(checkId, locale),
        () => client.request("checkReport", { params: { box, id: checkId }, query: { locale } }),
        force,
      ),
    fetchAnswerComments: (answerId: string, force = false) =>
      store.fetchQuery(
        answerCommentsKey(answerId),
        () => client.request("listAnswerComments", { params: { box, id: answerId } }),
        force,
      ),

    /** Ideas and earlier checks that look like the check being written (not cached). */
    similar: (title: string, problemText: string, signal?: AbortSignal) =>
      run(() =>
        client.request(
          "similarToCheck",
          {
            params: { box },
            query: { title, ...(problemText ? { problem: problemText.slice(0, 2000) } : {}) },
          },
          { signal },
        ),
      ),

    /** Opens a check once; its draft is cleared only after the server accepted it. */
    async openCheck(input: CheckCreateInput, draft = "new-check"): Promise<Outcome<CheckT>> {
      const outcome = await once("create-check", () =>
        client.request("createCheck", { params: { box }, body: input }),
      );
      if (outcome.ok) {
        store.drafts.clear(draft);
        store.setData(checkKey(outcome.value.id), outcome.value);
        store.invalidate("checks:");
      }
      return outcome;
    },

    /** Gives or changes my answer; the check's count and the reports follow. */
    async answer(
      checkId: string,
      input: AnswerInputT,
      draft = `answer:${checkId}`,
    ): Promise<Outcome<AnswerT>> {
      const outcome = await once(`answer:${checkId}`, () =>
        client.request("answerCheck", { params: { box, id: checkId }, body: input }),
      );
      if (outcome.ok) {
        store.drafts.clear(draft);
        storeAnswer(outcome.value);
        const check = store.query(checkKey(checkId)).data;
        if (check)
          storeCheck({
            ...check,
            myAnswerId: outcome.value.id,
            answerCount: check.answerCount + (check.myAnswerId ? 0 : 1),
          });
        invalidateReports(checkId);
      }
      return outcome;
    },

    /** Supports an answer or withdraws my support; optimistic, rolled back on failure. */
    async toggleAnswerSupport(answer: AnswerT): Promise<Outcome<AnswerT>> {
      const on = !answer.supportedByMe;
      const pendingKey = `answer-support:${answer.id}`;
      if (store.getState().pending[pendingKey]) return busy<AnswerT>();
      const before = storeAnswer({
        ...answer,
        supportedByMe: on,
        supportCount: Math.max(0, answer.supportCount + (on ? 1 : -1)),
      });
      const outcome = await once(pendingKey, () =>
        client.request(on ? "supportAnswer" : "unsupportAnswer", {
          params: { box, id: answer.id },
        }),
      );
      if (outcome.ok) storeAnswer(outcome.value);
      else if (before) store.setData(answersKey(answer.checkId), before);
      return outcome;
    },

    /** Comments on an answer (or replies to a comment); the answer's count follows. */
    async commentAnswer(
      answer: AnswerT,
      body: string,
      parentId?: string,
    ): Promise<Outcome<AnswerCommentT>> {
      const outcome = await once(`answer-comment:${answer.id}`, () =>
        client.request("createAnswerComment", {
          params: { box, id: answer.id },
          body: { body, ...(parentId ? { parentId } : {}) },
        }),
      );
      if (outcome.ok) {
        const key = answerCommentsKey(answer.id);
        const list = store.query(key).data;
        if (list) store.setData(key, { items: [...list.items, outcome.value] });
        const current =
          store.query(answersKey(answer.checkId)).data?.items.find((a) => a.id === answer.id) ??
          answer;
        storeAnswer({ ...current, commentCount: current.commentCount + 1 });
      }
      return outcome;
    },

    /** Records the lead's verdict: the check is decided, its reports are asked anew. */
    async decide(checkId: string, input: DecisionInputT): Promise<Outcome<CheckT>> {
      const outcome = await once(`decide:${checkId}`, () =>
        client.request("decideCheck", { params: { box, id: checkId }, body: input }),
      );
      if (outcome.ok) {
        storeCheck(outcome.value);
        invalidateReports(checkId);
        store.invalidate("checks:");
      }
      return outcome;
    },

    /** Links the check to an idea of the box, or makes an idea of it (the check keeps its answers). */
    async linkIdea(checkId: string, link: CheckIdeaLinkT): Promise<Outcome<CheckT>> {
      const outcome = await once(`link-idea:${checkId}`, () =>
        client.request("linkCheckIdea", { params: { box, id: checkId }, body: link }),
      );
      if (outcome.ok) {
        storeCheck(outcome.value);
        invalidateReports(checkId);
        store.invalidate("list:");
      }
      return outcome;
    },

    /** The report as a file (Markdown, CSV or JSON) in `locale`, through the client's session. */
    async exportReport(
      checkId: string,
      format: ReportFormat,
      locale: ReportLocale,
    ): Promise<Outcome<ReportFile>> {
      const { name, type, extension } = exportsByFormat[format];
      const outcome = await run(() =>
        client.request(name, { params: { box, id: checkId }, query: { locale } }),
      );
      if (!outcome.ok) return outcome;
      const text =
        typeof outcome.value === "string"
          ? outcome.value
          : `${JSON.stringify(outcome.value, null, 2)}\n`;
      return {
        ok: true,
        value: { filename: `demineur-${checkId.slice(0, 8)}.${extension}`, type, text },
      };
    },
  };
}

/** The Démineur store of an idea box store, made once and shared by every widget. */
const byStore = new WeakMap<IdeaBoxStore, DemineurStore>();
export function demineurOf(store: IdeaBoxStore): DemineurStore {
  let demineur = byStore.get(store);
  if (!demineur) byStore.set(store, (demineur = createDemineurStore(store)));
  return demineur;
}
