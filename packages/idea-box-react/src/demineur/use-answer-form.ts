import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from "react";
import type { ProblemDetails } from "@communs/idea-box/client";
import {
  answersKey,
  checkKey,
  draftFromAnswer,
  emptyAnswerDraft,
  validateAnswer,
  type AnswerDraft,
  type AnswerListT,
  type AnswerT,
  type CheckT,
} from "@communs/idea-box/store";
import { useStoreSelector } from "../context";
import { useQuery } from "../use-query";
import { fieldMessages, useDemineur } from "./context";

export interface UseAnswerFormOptions {
  checkId: string;
  /** Called with the answer the server recorded. */
  onAnswered?: (answer: AnswerT) => void;
}

/** Maps a JSON pointer of the body to the form field that shows it. */
const fieldOf = (pointer: string) => {
  const parts = pointer.split("/").filter(Boolean);
  switch (parts[1]) {
    case "authorship":
      return parts[2] === "teamName" ? "teamName" : "mode";
    case "existsAlready":
      return parts[2] === "where" ? "where" : "exists";
    case "wouldUse":
      return parts[2] === "frequency" ? "frequency" : "wouldUse";
    case "failureRisks":
      return parts[2] === undefined ? "risk-0" : `risk-${parts[2]}`;
    case "questions":
      return parts[2] === undefined ? "questions" : `question-${parts[2]}`;
    default:
      return parts[1] ?? "exists";
  }
};

/**
 * The behaviour of the answering form without its markup: the four structured questions and
 * the team's own, authorship exactly as ideas (named, team, anonymous), a draft kept locally,
 * my earlier answer loaded to change it, every problem tied to its field.
 */
export function useAnswerForm({ checkId, onAnswered }: UseAnswerFormOptions) {
  const ctx = useDemineur();
  const { store, demineur, t, tp, announce, locale } = ctx;
  const draftKey = `answer:${checkId}`;
  const sending = useStoreSelector((state) => Boolean(state.pending[`answer:${checkId}`]));
  const id = useId();
  const check = useQuery<CheckT>(checkKey(checkId), (force) => demineur.fetchCheck(checkId, force));
  const answers = useQuery<AnswerListT>(answersKey(checkId), (force) =>
    demineur.fetchAnswers(checkId, force),
  );
  const mine = answers.data?.items.find((answer) => answer.mine) ?? null;
  const [draft, setDraft] = useState<AnswerDraft | null>(() =>
    store.drafts.load<AnswerDraft>(draftKey),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ProblemDetails | null>(null);
  const [answered, setAnswered] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const values: AnswerDraft = draft ?? (mine ? draftFromAnswer(mine) : emptyAnswerDraft);

  useEffect(() => {
    if (answered) doneRef.current?.focus();
  }, [answered]);

  const change = (patch: Partial<AnswerDraft>) => {
    const next = { ...values, ...patch };
    store.drafts.save(draftKey, next);
    setDraft(next);
    setAnswered(false);
  };

  const labelOf = (field: string) => {
    if (field.startsWith("risk-")) return t("riskNumber", { number: Number(field.slice(5)) + 1 });
    if (field.startsWith("question-"))
      return check.data?.questions.find((q) => q.id === field.slice(9))?.text ?? t("teamQuestions");
    const names: Record<string, string> = {
      mode: t("authorship"),
      teamName: t("teamName"),
      exists: t("existsAlready"),
      where: t("existsWhere"),
      groundToday: t("groundToday"),
      wouldUse: t("wouldUse"),
      frequency: t("frequency"),
    };
    return names[field] ?? field;
  };
  const show = (issues: Parameters<typeof fieldMessages>[0]) =>
    fieldMessages(issues, locale, fieldOf, labelOf, (label) => t("chooseOne", { field: label }));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (sending || !check.data) return;
    const parsed = validateAnswer(values, check.data);
    if (parsed.issues.length > 0) {
      const next = show(parsed.issues);
      setErrors(next);
      setFailure(null);
      announce(tp("fixErrors", Object.keys(next).length), true);
      requestAnimationFrame?.(() => summaryRef.current?.focus());
      return;
    }
    setErrors({});
    const outcome = await demineur.answer(checkId, parsed.value, draftKey);
    if (outcome.ok) {
      setFailure(null);
      setDraft(null);
      setAnswered(true);
      announce(t("answered"));
      onAnswered?.(outcome.value);
    } else {
      setFailure(outcome.problem);
      setErrors(show(outcome.problem.errors ?? []));
      requestAnimationFrame?.(() => summaryRef.current?.focus());
    }
  };

  const fieldId = (name: string) => `${id}-${name}`;
  const describedBy = (name: string, hint = false) =>
    [hint ? `${id}-${name}-hint` : "", errors[name] ? `${id}-${name}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined;
  const text = (name: string, value: string, onChange: (value: string) => void, hint = false) => ({
    id: fieldId(name),
    value,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": describedBy(name, hint),
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  });
  const radio = <K extends "mode" | "exists" | "wouldUse">(name: K, value: AnswerDraft[K]) => ({
    type: "radio" as const,
    name: `${id}-${name}`,
    value,
    checked: values[name] === value,
    onChange: () => change({ [name]: value } as Partial<AnswerDraft>),
  });

  return {
    ...ctx,
    check: check.data,
    checkStatus: check.status,
    checkError: check.error,
    retry: check.refetch,
    mine,
    values,
    errors,
    errorCount: Object.keys(errors).length,
    failure,
    sending,
    answered,
    /** True when the check takes answers (open, not decided). */
    open: check.data?.state === "open",
    change,
    submit,
    summaryRef: summaryRef as RefObject<HTMLDivElement | null>,
    doneRef: doneRef as RefObject<HTMLParagraphElement | null>,
    headingId: `${id}-h`,
    fieldId,
    describedBy,
    getRadioProps: radio,
    getTextProps: (name: "teamName" | "where" | "groundToday" | "frequency", hint = false) =>
      text(name, values[name], (value) => change({ [name]: value }), hint),
    getRiskTextProps: (index: number) =>
      text(`risk-${index}`, values.risks[index]?.text ?? "", (value) =>
        change({ risks: values.risks.map((r, i) => (i === index ? { ...r, text: value } : r)) }),
      ),
    getRiskCategoryProps: (index: number) => ({
      id: fieldId(`risk-${index}-category`),
      value: values.risks[index]?.category ?? "other",
      onChange: (event: { target: { value: string } }) =>
        change({
          risks: values.risks.map((r, i) =>
            i === index ? { ...r, category: event.target.value } : r,
          ),
        }),
    }),
    addRisk: () => change({ risks: [...values.risks, { category: "other", text: "" }] }),
    getQuestionProps: (questionId: string) =>
      text(`question-${questionId}`, values.questions[questionId] ?? "", (value) =>
        change({ questions: { ...values.questions, [questionId]: value } }),
      ),
  };
}
