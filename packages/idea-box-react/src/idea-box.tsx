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

/** The views the navigation offers, in its order; the form is the box's main action. */
const navigation = [
  { name: "list", label: "listTitle", className: "communs-idea-box-button" },
  {
    name: "form",
    label: "formTitle",
    className: "communs-idea-box-button communs-idea-box-button--primary",
  },
] as const;

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
        {navigation.map(({ name, label, className }) => (
          <button
            key={name}
            type="button"
            className={className}
            aria-current={view.name === name ? "page" : undefined}
            onClick={() => go({ name })}
          >
            {t(label)}
          </button>
        ))}
      </nav>
      {view.name === "list" && <IdeaList onOpen={open} />}
      {view.name === "form" && <IdeaForm onPosted={(idea) => open(idea.id)} onOpenIdea={open} />}
      {view.name === "idea" && (
        <IdeaDetail key={view.id} id={view.id} onBack={() => go({ name: "list" })} onOpen={open} />
      )}
    </div>
  );
}
