import { useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { IdeaT } from "@communs/idea-box/client";
import { useIdeaBox } from "./context";
import { IdeaCard } from "./idea-card";
import { ProblemMessage } from "./problem-message";
import { useIdeaList, type IdeaListFilters } from "./use-idea-list";

export type { IdeaListFilters } from "./use-idea-list";

export interface IdeaListProps {
  /** Called when the person opens an idea. */
  onOpen?: (id: string) => void;
  /** Filters chosen when the list first shows (e.g. `{ mine: true }` for "my ideas"). */
  initialFilters?: IdeaListFilters;
  /** Ideas per server page (default 20). */
  pageSize?: number;
  /** Ideas given directly instead of fetched (filtered and sorted here). */
  items?: readonly IdeaT[];
  /** Virtualise above this many ideas (default 60); `false` never does. */
  virtualizeAbove?: number | false;
  /** Heading of the list; none when null. */
  heading?: string | null;
}

const choiceLabel = { status: "status", theme: "theme", scope: "scope" } as const;

/** Ideas of the box with filters, sorts, search, pages, and virtualisation when long. */
export function IdeaList(props: IdeaListProps) {
  const { onOpen, initialFilters, pageSize, items, virtualizeAbove = 60, heading } = props;
  const { t } = useIdeaBox();
  const list = useIdeaList({ initialFilters, pageSize, items });
  const { shown, statusLabel } = list;
  const virtual = virtualizeAbove !== false && shown.length > virtualizeAbove;
  const options = (name: keyof typeof list.choices) =>
    list.choices[name].map((choice) => (
      <option key={choice.value} value={choice.value}>
        {choice.label}
      </option>
    ));

  return (
    <section className="communs-idea-box-list">
      {heading !== null && (
        <h2 id={list.headingId} className="communs-idea-box-heading">
          {heading ?? t("listTitle")}
        </h2>
      )}
      <form
        className="communs-idea-box-filters"
        role="search"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="communs-idea-box-field">
          <label {...list.getSearchLabelProps()}>{t("search")}</label>
          <input {...list.getSearchProps()} />
        </div>
        <div className="communs-idea-box-field">
          <label {...list.getChoiceLabelProps("sort")}>{t("sort")}</label>
          <select {...list.getChoiceProps("sort")}>{options("sort")}</select>
        </div>
        {list.remoteFilters &&
          (["status", "theme", "scope"] as const).map((name) => (
            <div key={name} className="communs-idea-box-field">
              <label {...list.getChoiceLabelProps(name)}>{t(choiceLabel[name])}</label>
              <select {...list.getChoiceProps(name)}>{options(name)}</select>
            </div>
          ))}
        <div className="communs-idea-box-checks">
          <label>
            <input {...list.getToggleProps("mine")} /> {t("mine")}
          </label>
          <label>
            <input {...list.getToggleProps("supported")} /> {t("supportedOnly")}
          </label>
        </div>
      </form>

      {list.loading && <p className="communs-idea-box-muted">{t("loading")}</p>}
      {list.error && <ProblemMessage problem={list.error} onRetry={list.retry} />}
      {list.settled && shown.length === 0 && (
        <p className="communs-idea-box-muted">{t("noResults")}</p>
      )}
      {shown.length > 0 &&
        (virtual ? (
          <VirtualIdeas
            ideas={shown}
            onOpen={onOpen}
            statusLabel={statusLabel}
            label={heading ?? t("listTitle")}
          />
        ) : (
          <ul className="communs-idea-box-items">
            {shown.map((idea) => (
              <li key={idea.id}>
                <IdeaCard idea={idea} onOpen={onOpen} statusLabel={statusLabel(idea.status)} />
              </li>
            ))}
          </ul>
        ))}
      {list.hasMore && (
        <button
          type="button"
          className="communs-idea-box-button"
          disabled={list.loadingMore}
          onClick={list.loadMore}
        >
          {t("loadMore")}
        </button>
      )}
    </section>
  );
}

function VirtualIdeas(props: {
  ideas: IdeaT[];
  onOpen?: (id: string) => void;
  statusLabel: (key: string) => string | undefined;
  label: string;
}) {
  const { ideas, onOpen, statusLabel, label } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: ideas.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 180,
    overscan: 4,
    initialRect: { width: 800, height: 640 },
    getItemKey: (index) => ideas[index]!.id,
  });
  return (
    <div
      ref={scroller}
      className="communs-idea-box-scroll"
      style={{ maxHeight: "40rem", overflow: "auto" }}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <ul
        className="communs-idea-box-items"
        style={{ height: virtualizer.getTotalSize(), position: "relative" }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const idea = ideas[row.index]!;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={ideas.length}
              aria-posinset={row.index + 1}
              style={{
                position: "absolute",
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${row.start}px)`,
              }}
            >
              <IdeaCard idea={idea} onOpen={onOpen} statusLabel={statusLabel(idea.status)} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
