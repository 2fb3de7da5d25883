import { useEffect, useRef, useState } from "react";
import { useIdeaBox } from "../context";
import { BoxFigures } from "./figures";
import {
  BlockedPeople,
  BoxSettings,
  Boxes,
  Exports,
  FollowUp,
  Members,
  Taxonomy,
  Webhooks,
} from "./sections";
import { useAdminText } from "./use-admin";

export const adminSections = [
  "figures",
  "box",
  "taxonomy",
  "members",
  "blocked",
  "webhooks",
  "exports",
  "boxes",
] as const;
export type AdminSection = (typeof adminSections)[number];

export interface AdminConsoleProps {
  /** The first section (default the figures with the ideas' follow-up). */
  initialSection?: AdminSection;
  /** Offered in the boxes section to switch the console to another box. */
  onSelectBox?: (slug: string) => void;
}

/**
 * The admin console of a box (issue 17): figures with the ideas' follow-up, the box's settings,
 * themes, scopes and statuses, members and roles, blocked people, webhooks and exports. Needs a
 * box admin (figures and follow-up: a moderator); refusals are shown in place.
 */
export function AdminConsole({ initialSection = "figures", onSelectBox }: AdminConsoleProps) {
  const { m } = useAdminText();
  const { store } = useIdeaBox();
  const [section, setSection] = useState<AdminSection>(initialSection);
  const [version, setVersion] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [section]);
  const onChanged = () => {
    setVersion((n) => n + 1);
    // Lists shown elsewhere (the ideas, the box) read the store: let them reload too.
    store.invalidate();
  };
  const props = { version, onChanged };
  return (
    <section className="communs-idea-box-admin" aria-labelledby="communs-idea-box-admin-title">
      <h2 id="communs-idea-box-admin-title">{m.title}</h2>
      <nav aria-label={m.sections}>
        <ul className="communs-idea-box-admin-nav">
          {adminSections.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="communs-idea-box-button"
                aria-current={section === name ? "page" : undefined}
                onClick={() => {
                  moved.current = true;
                  setSection(name);
                }}
              >
                {m[name]}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <h3 ref={heading} tabIndex={-1}>
        {m[section]}
      </h3>
      {section === "figures" && (
        <>
          <BoxFigures version={version} />
          <h4>{m.followUp}</h4>
          <FollowUp {...props} />
        </>
      )}
      {section === "box" && <BoxSettings {...props} />}
      {section === "taxonomy" && <Taxonomy {...props} />}
      {section === "members" && <Members {...props} />}
      {section === "blocked" && <BlockedPeople {...props} />}
      {section === "webhooks" && <Webhooks {...props} />}
      {section === "exports" && <Exports />}
      {section === "boxes" && <Boxes {...props} onSelectBox={onSelectBox} />}
    </section>
  );
}
