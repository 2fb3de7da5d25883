import { useId, useState } from "react";
import { formatProblem, type ProblemDetails } from "@communs/idea-box/client";
import { useIdeaBox } from "./context";
import { IdeaList } from "./idea-list";
import { ProblemMessage } from "./problem-message";

/** The ideas I posted. */
export function MyIdeas({ onOpen }: { onOpen?: (id: string) => void }) {
  const { t } = useIdeaBox();
  return <IdeaList onOpen={onOpen} initialFilters={{ mine: true }} heading={t("myIdeasTitle")} />;
}

export interface MyDataProps {
  /** Saves the export; by default a JSON file download in the browser. */
  onExport?: (data: unknown) => void;
  onErased?: () => void;
}

function download(data: unknown) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = "mes-donnees-boite-a-idees.json";
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** GDPR: download all my data, erase my account (with an explicit confirmation). */
export function MyData({ onExport = download, onErased }: MyDataProps) {
  const { store, t, announce, locale } = useIdeaBox();
  const id = useId();
  const [confirmed, setConfirmed] = useState(false);
  const [failure, setFailure] = useState<ProblemDetails | null>(null);
  const [erased, setErased] = useState(false);
  const exportData = async () => {
    const outcome = await store.run(() => store.client.request("exportMyData"));
    if (outcome.ok) {
      setFailure(null);
      onExport(outcome.value);
      announce(t("downloaded"));
    } else {
      setFailure(outcome.problem);
      announce(formatProblem(outcome.problem, locale).summary, true);
    }
  };
  const erase = async () => {
    if (!confirmed) return;
    const outcome = await store.run(() => store.client.request("eraseMe"));
    if (outcome.ok) {
      setErased(true);
      setFailure(null);
      announce(t("erased"));
      store.invalidate("");
      onErased?.();
    } else {
      setFailure(outcome.problem);
      announce(formatProblem(outcome.problem, locale).summary, true);
    }
  };
  return (
    <section className="communs-idea-box-mydata" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="communs-idea-box-heading">
        {t("myDataTitle")}
      </h2>
      {erased ? (
        <p>{t("erased")}</p>
      ) : (
        <>
          <p>{t("myDataIntro")}</p>
          {failure && <ProblemMessage problem={failure} />}
          <p>
            <button
              type="button"
              className="communs-idea-box-button"
              onClick={() => void exportData()}
            >
              {t("download")}
            </button>
          </p>
          <label className="communs-idea-box-radio">
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.target.checked)}
            />{" "}
            {t("eraseConfirm")}
          </label>
          <p>
            <button
              type="button"
              className="communs-idea-box-button communs-idea-box-button--danger"
              aria-disabled={!confirmed || undefined}
              onClick={() => void erase()}
            >
              {t("erase")}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
