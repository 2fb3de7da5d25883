import { Demineur } from "@communs/idea-box-react";
import type { DemineurViewConfig } from "./demineur-attributes";

/** The Démineur in the element: the check named by `check`, or the box's checks. */
export function DemineurElementView({ view }: { view: DemineurViewConfig }) {
  return (
    <Demineur initialView={view.check ? { name: "check", id: view.check } : { name: "checks" }} />
  );
}
