import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from "react";
import type { ProblemDetails } from "@communs/idea-box/client";
import {
  boxKey,
  parisDay,
  validateCheck,
  type BoxDetailsT,
  type CheckT,
  type SimilarToCheckT,
} from "@communs/idea-box/store";
import { useStoreSelector } from "../context";
import { useQuery } from "../use-query";
import { fieldMessages, useDemineur } from "./context";

export interface CheckFormValues {
  title: string;
  problem: string;
  intendedSolution: string;
  services: string[];
  concerned: string;
  decisionDate: string;
  questions: string[];
}
export type CheckFormField = Exclude<keyof CheckFormValues, "services" | "questions">;

const empty: CheckFormValues = {
  title: "",
  problem: "",
  intendedSolution: "",
  services: [],
  concerned: "",
  decisionDate: "",
  questions: [],
};

export interface UseCheckFormOptions {
  /** Called with the check the server opened. */
  onOpened?: (check: CheckT) => void;
  /** Draft slot (default "new-check"). */
  draftKey?: string;
  /** Delay before asking for similar things, in ms (default 350). */
  similarDelayMs?: number;
  /** The idea of the box the check starts from. */
  ideaId?: string;
  /** "Today" for the earliest decision date (default: the clock). */
  now?: () => number;
}

/** Maps a JSON pointer of the body to the form field that shows it. */
const fieldOf = (pointer: string) => {
  const parts = pointer.split("/").filter(Boolean);
  if (parts[1] === "questions" && parts[2] !== undefined) return `question-${parts[2]}`;
  return parts[1] ?? "title";
};

/**
 * The behaviour of the pre-project check form without its markup: a draft kept locally, the
 * ideas and earlier checks that look alike as the title and problem are typed (after a pause,
 * the previous request aborted), every problem tied to its field, one opening at a time.
 */
export function useCheckForm(options: UseCheckFormOptions = {}) {
  const { onOpened, draftKey = "new-check", similarDelayMs = 350, ideaId } = options;
  const ctx = useDemineur();
  const { store, demineur, t, tp, announce, locale } = ctx;
  const now = options.now ?? Date.now;
  const sending = useStoreSelector((state) => Boolean(state.pending["create-check"]));
  const id = useId();
  const [values, setValues] = useState<CheckFormValues>(() => ({
    ...empty,
    ...(store.drafts.load<CheckFormValues>(draftKey) ?? {}),
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ProblemDetails | null>(null);
  const [similar, setSimilar] = useState<SimilarToCheckT[] | null>(null);
  const [opened, setOpened] = useState<CheckT | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const openedRef = useRef<HTMLDivElement>(null);
  const box = useQuery<BoxDetailsT>(boxKey, (force) => store.fetchBox(force));
  const today = parisDay(now());

  // Similar ideas and checks after a pause in typing; the previous request aborted.
  const title = values.title.trim();
  const problemText = values.problem.trim();
  useEffect(() => {
    if (title.length < 3) {
      setSimilar(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const outcome = await demineur.similar(title, problemText, controller.signal);
      if (controller.signal.aborted || !outcome.ok) return;
      setSimilar(outcome.value.items);
    }, similarDelayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [title, problemText, demineur, similarDelayMs]);

  useEffect(() => {
    if (opened) openedRef.current?.focus();
  }, [opened]);

  const change = (patch: Partial<CheckFormValues>) =>
    setValues((current) => {
      const next = { ...current, ...patch };
      store.drafts.save(draftKey, next);
      return next;
    });

  const labelOf = (field: string) => {
    if (field.startsWith("question-")) return t("question", { number: Number(field.slice(9)) + 1 });
    return field in ctx.texts ? (ctx.texts[field as CheckFormField] as string) : field;
  };
  const show = (issues: Parameters<typeof fieldMessages>[0]) =>
    fieldMessages(issues, locale, fieldOf, labelOf, (label) => t("chooseOne", { field: label }));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (sending) return;
    const parsed = validateCheck({ ...values, ideaId: ideaId ?? "" }, today);
    if (parsed.issues.length > 0) {
      const next = show(parsed.issues);
      setErrors(next);
      setFailure(null);
      announce(tp("fixErrors", Object.keys(next).length), true);
      requestAnimationFrame?.(() => summaryRef.current?.focus());
      return;
    }
    setErrors({});
    const outcome = await demineur.openCheck(parsed.value, draftKey);
    if (outcome.ok) {
      setFailure(null);
      setValues(empty);
      setOpened(outcome.value);
      announce(t("opened", { title: outcome.value.title }));
      onOpened?.(outcome.value);
    } else {
      setFailure(outcome.problem);
      setErrors(show(outcome.problem.errors ?? []));
      requestAnimationFrame?.(() => summaryRef.current?.focus());
    }
  };

  const fieldId = (name: string) => `${id}-${name}`;
  const hinted = new Set(["title", "problem", "concerned", "decisionDate"]);
  const describedBy = (name: string) =>
    [hinted.has(name) ? `${id}-${name}-hint` : "", errors[name] ? `${id}-${name}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined;

  return {
    ...ctx,
    values,
    errors,
    errorCount: Object.keys(errors).length,
    failure,
    similar,
    sending,
    opened,
    /** Shows the empty form again after a check was opened. */
    reset: () => setOpened(null),
    box: box.data,
    /** The earliest decision date (`YYYY-MM-DD`): tomorrow in Paris. */
    minDate: parisDay(Date.parse(`${today}T12:00:00Z`) + 86_400_000),
    change,
    submit,
    summaryRef: summaryRef as RefObject<HTMLDivElement | null>,
    openedRef: openedRef as RefObject<HTMLDivElement | null>,
    headingId: `${id}-h`,
    fieldId,
    describedBy,
    getFieldProps: (name: CheckFormField) => ({
      id: fieldId(name),
      value: values[name],
      "aria-invalid": errors[name] ? true : undefined,
      "aria-describedby": describedBy(name),
      onChange: (event: { target: { value: string } }) => change({ [name]: event.target.value }),
    }),
    getServiceProps: (slug: string) => ({
      type: "checkbox" as const,
      checked: values.services.includes(slug),
      onChange: (event: { target: { checked: boolean } }) =>
        change({
          services: event.target.checked
            ? [...values.services, slug]
            : values.services.filter((s) => s !== slug),
        }),
    }),
    getQuestionProps: (index: number) => ({
      id: fieldId(`question-${index}`),
      value: values.questions[index] ?? "",
      "aria-invalid": errors[`question-${index}`] ? true : undefined,
      "aria-describedby": errors[`question-${index}`] ? `${id}-question-${index}-error` : undefined,
      onChange: (event: { target: { value: string } }) =>
        change({
          questions: values.questions.map((q, i) => (i === index ? event.target.value : q)),
        }),
    }),
    addQuestion: () => change({ questions: [...values.questions, ""] }),
    removeQuestion: (index: number) =>
      change({ questions: values.questions.filter((_, i) => i !== index) }),
  };
}
