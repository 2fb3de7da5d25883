import {
  useEffect,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
  type RefObject,
} from "react";
import {
  formatProblem,
  problem,
  validateIdea,
  type IdeaInput,
  type ProblemDetails,
} from "@communs/idea-box/client";
import {
  boxKey,
  type BoxDetailsT,
  type IdeaPageT,
  type SimilarListT,
} from "@communs/idea-box/store";
import { useIdeaBox, useStoreSelector } from "./context";
import { useQuery } from "./use-query";

export interface IdeaFormValues {
  title: string;
  problem: string;
  solution: string;
  concerned: string;
  scope: string;
  theme: string;
  mode: "named" | "team" | "anonymous";
  teamName: string;
}

/** The form's text and choice fields (the authorship `mode` is a radio group, see `getModeProps`). */
export type IdeaFormField = Exclude<keyof IdeaFormValues, "mode">;

const empty: IdeaFormValues = {
  title: "",
  problem: "",
  solution: "",
  concerned: "",
  scope: "",
  theme: "",
  mode: "named",
  teamName: "",
};

export interface UseIdeaFormOptions {
  /** Called with the idea the server accepted. */
  onPosted?: (idea: IdeaPageT) => void;
  /** Draft slot (default "new-idea"): two forms on a page need two slots. */
  draftKey?: string;
  /** Delay before asking for similar ideas, in ms (default 350). */
  similarDelayMs?: number;
}

function toBody(values: IdeaFormValues): IdeaInput {
  return {
    title: values.title,
    problem: values.problem,
    solution: values.solution,
    concerned: values.concerned,
    scope: values.scope,
    ...(values.theme ? { theme: values.theme } : {}),
    authorship:
      values.mode === "team" ? { mode: "team", teamName: values.teamName } : { mode: values.mode },
  };
}

/** Maps a JSON pointer of the body to the form field that shows it. */
const fieldOf = (pointer: string) => {
  const parts = pointer.split("/").filter(Boolean);
  if (parts[1] === "authorship") return parts[2] === "teamName" ? "teamName" : "mode";
  return parts[1] ?? "title";
};

/** The fields with a hint under their label. */
const hinted = new Set<IdeaFormField>(["title", "problem", "concerned"]);
/** Field messages by form field, the first message of each. */
const messagesByField = (fields: { pointer: string; message: string }[]) => {
  const next: Record<string, string> = {};
  for (const field of fields) next[fieldOf(field.pointer)] ??= field.message;
  return next;
};

/**
 * The behaviour of the idea form without its markup: values kept as a draft, similar ideas as
 * the title is typed, checks against the contract's limits, one post at a time, every problem
 * tied to its field and announced. Returns state and prop getters for any design system.
 */
export function useIdeaForm(options: UseIdeaFormOptions = {}) {
  const { onPosted, draftKey = "new-idea", similarDelayMs = 350 } = options;
  const { store, t, tp, announce, locale } = useIdeaBox();
  const sending = useStoreSelector((state) => Boolean(state.pending["create-idea"]));
  const id = useId();
  const [values, setValues] = useState<IdeaFormValues>(() => ({
    ...empty,
    ...(store.drafts.load<IdeaFormValues>(draftKey) ?? {}),
  }));
  const [restored] = useState(() => store.drafts.load(draftKey) !== null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ProblemDetails | null>(null);
  const [similar, setSimilar] = useState<SimilarListT["items"] | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const box = useQuery<BoxDetailsT>(boxKey, (force) => store.fetchBox(force));

  useEffect(() => {
    if (restored) announce(t("draftRestored"));
  }, [restored, announce, t]);

  // Default scope once the box is known.
  useEffect(() => {
    const first = box.data?.scopes[0]?.slug;
    if (first && !values.scope) setValues((current) => ({ ...current, scope: first }));
  }, [box.data, values.scope]);

  // Similar ideas: after a pause in typing, the previous request aborted.
  useEffect(() => {
    const title = values.title.trim();
    if (title.length < 3) {
      setSimilar(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const outcome = await store.similar(title, controller.signal);
      if (controller.signal.aborted || !outcome.ok) return;
      setSimilar(outcome.value.items);
      if (outcome.value.items.length > 0) announce(tp("similarFound", outcome.value.items.length));
    }, similarDelayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [values.title, store, similarDelayMs, announce, tp]);

  const change = (patch: Partial<IdeaFormValues>) => {
    setValues((current) => {
      const next = { ...current, ...patch };
      store.drafts.save(draftKey, next);
      return next;
    });
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (sending) return;
    const parsed = validateIdea(toBody(values));
    if (parsed.issues.length > 0) {
      const next = messagesByField(
        formatProblem(problem("validation", { errors: parsed.issues }), locale).fields,
      );
      setErrors(next);
      setFailure(null);
      announce(tp("fixErrors", Object.keys(next).length), true);
      requestAnimationFrame?.(() => summaryRef.current?.focus());
      return;
    }
    setErrors({});
    const outcome = await store.createIdea(parsed.value, draftKey);
    if (outcome.ok) {
      setFailure(null);
      setValues({ ...empty, scope: values.scope });
      announce(t("posted", { title: outcome.value.title }));
      onPosted?.(outcome.value);
    } else {
      setFailure(outcome.problem);
      const formatted = formatProblem(outcome.problem, locale);
      setErrors(messagesByField(formatted.fields));
      announce(formatted.summary + (outcome.offline ? ` ${t("offline")}` : ""), true);
    }
  };

  const supportSimilar = async (ideaId: string) => {
    await store.fetchIdea(ideaId);
    const outcome = await store.toggleSupport(ideaId);
    if (outcome.ok) announce(t("supportDone"));
  };

  const fieldId = (name: string) => `${id}-${name}`;
  const describedBy = (name: IdeaFormField) =>
    [hinted.has(name) ? `${id}-${name}-hint` : "", errors[name] ? `${id}-${name}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined;

  return {
    values,
    errors,
    /** Number of fields in error (for the summary). */
    errorCount: Object.keys(errors).length,
    /** The server's refusal of the last post, if any. */
    failure,
    similar,
    sending,
    restored,
    /** False when the browser keeps no drafts (private mode): say so. */
    draftsPersistent: store.drafts.persistent,
    box: box.data,
    change,
    submit,
    supportSimilar,
    /** Focused when the checks fail: put it on the element holding the error summary. */
    summaryRef: summaryRef as RefObject<HTMLDivElement | null>,
    headingId: `${id}-h`,
    /** The id of a field's input, for summary links (`#id`). */
    fieldId,
    getFormProps: () => ({
      noValidate: true,
      onSubmit: (event: FormEvent) => void submit(event),
      "aria-labelledby": `${id}-h`,
    }),
    getLabelProps: (name: IdeaFormField) => ({ htmlFor: fieldId(name) }),
    getHintProps: (name: IdeaFormField) => ({ id: `${id}-${name}-hint` }),
    getErrorProps: (name: IdeaFormField) => ({ id: `${id}-${name}-error` }),
    getFieldProps: (name: IdeaFormField) => ({
      id: fieldId(name),
      value: values[name],
      "aria-invalid": errors[name] ? true : undefined,
      "aria-describedby": describedBy(name),
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
        change({ [name]: event.target.value }),
    }),
    getModeProps: (mode: IdeaFormValues["mode"]) => ({
      type: "radio" as const,
      name: `${id}-mode`,
      value: mode,
      checked: values.mode === mode,
      onChange: () => change({ mode }),
    }),
    getSubmitProps: () => ({ type: "submit" as const, "aria-disabled": sending || undefined }),
  };
}
