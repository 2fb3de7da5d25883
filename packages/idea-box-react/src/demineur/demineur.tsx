import { useEffect, useId, useRef, useState } from "react";
import { formatProblem } from "@communs/idea-box/client";
import {
  boxKey,
  checkKey,
  checksKey,
  ideaKey,
  type BoxDetailsT,
  type CheckListT,
  type CheckT,
  type IdeaPageT,
} from "@communs/idea-box/store";
import { ProblemMessage } from "../problem-message";
import { useQuery } from "../use-query";
import { CheckAnswerForm } from "./answer-form";
import { CheckAnswers } from "./check-answers";
import { leadRoles, useDemineur } from "./context";
import { DeminingReport } from "./demining-report";
import { PreProjectCheck } from "./pre-project-check";

export type DemineurView = { name: "checks" } | { name: "new" } | { name: "check"; id: string };

export interface DemineurProps {
  /** The first view (default the list of checks). */
  initialView?: DemineurView;
  /** Called when the person moves between views (e.g. to update the page's URL). */
  onNavigate?: (view: DemineurView) => void;
  /** See `DeminingReport`. */
  serverUrl?: string;
}

function CheckPage({ id, serverUrl }: { id: string; serverUrl?: string }) {
  const { demineur, store, t, texts, date } = useDemineur();
  const headingId = useId();
  const check = useQuery<CheckT>(checkKey(id), (force) => demineur.fetchCheck(id, force));
  const box = useQuery<BoxDetailsT>(boxKey, (force) => store.fetchBox(force));
  if (!check.data)
    return check.error ? (
      <ProblemMessage problem={check.error} onRetry={check.refetch} />
    ) : (
      <p className="communs-idea-box-muted">{t("loading")}</p>
    );
  const data = check.data;
  const services = data.services.map(
    (slug) => box.data?.services?.find((service) => service.slug === slug)?.label ?? slug,
  );
  return (
    <>
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="communs-idea-box-heading" tabIndex={-1} data-autofocus="">
          {data.title}
        </h2>
        <p className="communs-idea-box-card__meta">
          {texts.state[data.state]} · {t("leadBy", { name: data.lead.displayName ?? t("someone") })}{" "}
          · {t("closesOn", { date: date(data.closesAt) })}
        </p>
        <dl>
          <dt>{t("checkProblem")}</dt>
          <dd className="communs-idea-box-text">{data.problem}</dd>
          {data.intendedSolution && (
            <>
              <dt>{t("checkSolution")}</dt>
              <dd className="communs-idea-box-text">{data.intendedSolution}</dd>
            </>
          )}
          {services.length > 0 && (
            <>
              <dt>{t("checkServices")}</dt>
              <dd>{services.join(", ")}</dd>
            </>
          )}
          {data.concerned && (
            <>
              <dt>{t("checkConcerned")}</dt>
              <dd>{data.concerned}</dd>
            </>
          )}
        </dl>
        <CheckIdea check={data} box={box.data} />
      </section>
      <CheckAnswerForm checkId={id} />
      <CheckAnswers checkId={id} />
      <DeminingReport checkId={id} serverUrl={serverUrl} />
    </>
  );
}

/** The idea the project started from or became; its lead may make an idea of it. */
function CheckIdea({ check, box }: { check: CheckT; box: BoxDetailsT | undefined }) {
  const { demineur, store, t, announce, locale } = useDemineur();
  const idea = useQuery<IdeaPageT>(check.ideaId ? ideaKey(check.ideaId) : null, (force) =>
    store.fetchIdea(check.ideaId!, force),
  );
  const scope = box?.scopes[0]?.slug;
  if (check.ideaId) return idea.data ? <p>{t("ideaLinked", { title: idea.data.title })}</p> : null;
  if (!scope || !(check.mine || box?.myRole === "moderator" || box?.myRole === "admin"))
    return null;
  const make = async () => {
    const outcome = await demineur.linkIdea(check.id, { mode: "create", scope });
    announce(
      outcome.ok ? t("ideaMade") : formatProblem(outcome.problem, locale).summary,
      !outcome.ok,
    );
  };
  return (
    <button type="button" className="communs-idea-box-button" onClick={() => void make()}>
      {t("makeIdea")}
    </button>
  );
}

function CheckList({ onOpen }: { onOpen: (id: string) => void }) {
  const { demineur, t, texts, tp, date } = useDemineur();
  const headingId = useId();
  const checks = useQuery<CheckListT>(checksKey(), (force) =>
    demineur.fetchChecks(undefined, force),
  );
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="communs-idea-box-heading" tabIndex={-1} data-autofocus="">
        {t("checksTitle")}
      </h2>
      {checks.error && <ProblemMessage problem={checks.error} onRetry={checks.refetch} />}
      {checks.status === "loading" && <p className="communs-idea-box-muted">{t("loading")}</p>}
      {checks.data?.items.length === 0 && <p className="communs-idea-box-muted">{t("noChecks")}</p>}
      {checks.data && checks.data.items.length > 0 && (
        <ul className="communs-idea-box-items">
          {checks.data.items.map((check) => (
            <li key={check.id}>
              <article className="communs-idea-box-card">
                <h3 className="communs-idea-box-card__title">
                  <button
                    type="button"
                    className="communs-idea-box-link"
                    onClick={() => onOpen(check.id)}
                  >
                    {check.title}
                  </button>
                </h3>
                <p className="communs-idea-box-card__meta">
                  {texts.state[check.state]} · {tp("answerCount", check.answerCount)} ·{" "}
                  {check.decision
                    ? texts.verdict[check.decision.verdict]
                    : t("closesOn", { date: date(check.closesAt) })}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The whole Démineur of a box: its checks, a check's page (answering form, answers, report)
 * and, for project leads, the form that opens a check; used by `<communs-idea-box view="demineur">`.
 * Focus moves to each view's heading.
 */
export function Demineur({
  initialView = { name: "checks" },
  onNavigate,
  serverUrl,
}: DemineurProps) {
  const { store, t } = useDemineur();
  const box = useQuery<BoxDetailsT>(boxKey, (force) => store.fetchBox(force));
  const [view, setView] = useState<DemineurView>(initialView);
  const rootRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const go = (next: DemineurView) => {
    moved.current = true;
    setView(next);
    onNavigate?.(next);
  };
  // After a move (not on first render), focus the new view's heading once it is there; only
  // when the view changes, never on another re-render (a refetched box) while someone types.
  useEffect(() => {
    if (!moved.current) return;
    let frames = 0;
    const focus = () => {
      const heading = rootRef.current?.querySelector<HTMLElement>("[data-autofocus]");
      if (heading) heading.focus();
      else if (frames++ < 20) requestAnimationFrame(focus);
    };
    focus();
  }, [view]);
  const lead = leadRoles.includes(box.data?.myRole);
  return (
    <div className="communs-idea-box-app communs-demineur" ref={rootRef}>
      <nav className="communs-idea-box-nav" aria-label={t("region")}>
        <button
          type="button"
          className="communs-idea-box-button"
          aria-current={view.name === "checks" ? "page" : undefined}
          onClick={() => go({ name: "checks" })}
        >
          {view.name === "check" ? t("backToChecks") : t("checksTitle")}
        </button>
        {lead && (
          <button
            type="button"
            className="communs-idea-box-button communs-idea-box-button--primary"
            aria-current={view.name === "new" ? "page" : undefined}
            onClick={() => go({ name: "new" })}
          >
            {t("openCheckNav")}
          </button>
        )}
      </nav>
      {view.name === "checks" && <CheckList onOpen={(id) => go({ name: "check", id })} />}
      {view.name === "new" && (
        <PreProjectCheck
          onOpened={(check) => go({ name: "check", id: check.id })}
          onOpenSimilar={(item) => {
            if (item.kind === "check" && item.box === store.box) go({ name: "check", id: item.id });
          }}
        />
      )}
      {view.name === "check" && <CheckPage key={view.id} id={view.id} serverUrl={serverUrl} />}
    </div>
  );
}
