import type { IdeaT } from "@communs/idea-box/client";
import { formatProblem } from "@communs/idea-box/client";
import { useIdeaBox, useStoreSelector } from "./context";

/** Support or withdraw support; optimistic, rolled back and announced on failure. */
export function SupportButton({ idea }: { idea: IdeaT }) {
  const { store, t, tp, announce, locale } = useIdeaBox();
  const busy = useStoreSelector((state) => Boolean(state.pending[`support:${idea.id}`]));
  const current = store.findIdea(idea.id) ?? idea;
  const toggle = async () => {
    const outcome = await store.toggleSupport(idea.id);
    if (outcome.ok)
      announce(outcome.value.supportedByMe ? t("supportDone") : t("supportWithdrawn"));
    else
      announce(
        t("supportFailed", { reason: formatProblem(outcome.problem, locale).summary }),
        true,
      );
  };
  return (
    <button
      type="button"
      className="communs-idea-box-button communs-idea-box-support"
      aria-pressed={current.supportedByMe}
      aria-busy={busy || undefined}
      onClick={() => void toggle()}
    >
      <span aria-hidden="true">{current.supportedByMe ? "♥" : "♡"}</span>{" "}
      {current.supportedByMe ? t("supported") : t("support")}
      <span className="communs-idea-box-count"> · {tp("supports", current.supportCount)}</span>
    </button>
  );
}
