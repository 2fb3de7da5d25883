import { useState } from "react";
import { useIdeaBox } from "./context";
import { IdeaDetail } from "./idea-detail";
import { IdeaForm } from "./idea-form";
import { IdeaList } from "./idea-list";

export type IdeaBoxView = { name: "list" } | { name: "form" } | { name: "idea"; id: string };

export interface IdeaBoxProps {
  /** The first view (default the list). */
  initialView?: IdeaBoxView;
  /** Called when the person moves between views (e.g. to update the page's URL). */
  onNavigate?: (view: IdeaBoxView) => void;
}

/** A whole idea box: list, form and idea pages with a small navigation; used by the element. */
export function IdeaBox({ initialView = { name: "list" }, onNavigate }: IdeaBoxProps) {
  const { t } = useIdeaBox();
  const [view, setView] = useState<IdeaBoxView>(initialView);
  const go = (next: IdeaBoxView) => {
    setView(next);
    onNavigate?.(next);
  };
  const open = (id: string) => go({ name: "idea", id });
  return (
    <div className="communs-idea-box-app">
      <nav className="communs-idea-box-nav" aria-label={t("region")}>
        <button
          type="button"
          className="communs-idea-box-button"
          aria-current={view.name === "list" ? "page" : undefined}
          onClick={() => go({ name: "list" })}
        >
          {t("listTitle")}
        </button>
        <button
          type="button"
          className="communs-idea-box-button communs-idea-box-button--primary"
          aria-current={view.name === "form" ? "page" : undefined}
          onClick={() => go({ name: "form" })}
        >
          {t("formTitle")}
        </button>
      </nav>
      {view.name === "list" && <IdeaList onOpen={open} />}
      {view.name === "form" && <IdeaForm onPosted={(idea) => open(idea.id)} onOpenIdea={open} />}
      {view.name === "idea" && (
        <IdeaDetail key={view.id} id={view.id} onBack={() => go({ name: "list" })} onOpen={open} />
      )}
    </div>
  );
}
