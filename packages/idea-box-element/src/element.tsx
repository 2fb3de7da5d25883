import { createRoot, type Root } from "react-dom/client";
import { createIdeaBoxClient } from "@communs/idea-box/client";
import {
  AdminConsole,
  IdeaBox,
  IdeaBoxProvider,
  createIdeaBoxStore,
  type IdeaBoxStore,
} from "@communs/idea-box-react";
import widgetStyles from "@communs/idea-box-react/styles.css";
import tokenStyles from "@communs/theme/tokens.css";
import { observedAttributes, readAttributes, type ElementConfig } from "./attributes";
import { composeElementCss, styleIdeaBoxRoot } from "./styles";
import { DemineurElementView } from "./demineur-view";

const elementCss = composeElementCss(tokenStyles, widgetStyles);

/**
 * Where this script was loaded from, read once while it runs: the stylesheet file is beside it.
 * A classic script has `document.currentScript`; a module has `import.meta.url` (which the
 * classic build defines as null, see tsup.config.ts).
 */
const scriptUrl: string | null =
  (typeof document !== "undefined" && (document.currentScript as HTMLScriptElement | null)?.src) ||
  (import.meta.url as string | null);

/** `<communs-idea-box server="…" box="…" locale="fr" view="list|form|idea|admin|demineur" idea="…" check="…" token="…">` */
export class CommunsIdeaBoxElement extends HTMLElement {
  static observedAttributes = [...observedAttributes];
  #root: Root | null = null;
  #mount: HTMLElement | null = null;
  #store: { key: string; store: IdeaBoxStore } | null = null;
  #lastProblems = "";

  connectedCallback() {
    this.#render();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#render();
  }

  disconnectedCallback() {
    this.#root?.unmount();
    this.#root = null;
  }

  /** The configuration read from the attributes (null when unusable). */
  get config(): ElementConfig | null {
    return readAttributes(
      (name) => this.getAttribute(name),
      document.documentElement.lang,
      document.baseURI,
    ).config;
  }

  #render() {
    const { config, problems } = readAttributes(
      (name) => this.getAttribute(name),
      this.closest("[lang]")?.getAttribute("lang") ?? document.documentElement.lang,
      document.baseURI,
    );
    const report = problems.join("\n");
    if (report && report !== this.#lastProblems)
      for (const problem of problems) console.error(`<communs-idea-box>: ${problem}`);
    this.#lastProblems = report;

    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    if (!config) {
      // Unusable: show the light-DOM fallback (the plain link) through a slot.
      this.#root?.unmount();
      this.#root = null;
      this.#mount = null;
      shadow.replaceChildren(document.createElement("slot"));
      return;
    }
    if (!this.#mount) {
      // No inline <style>: pages under `style-src 'self'` refuse it.
      const styleNodes = styleIdeaBoxRoot(shadow, elementCss, scriptUrl);
      this.#mount = document.createElement("div");
      shadow.replaceChildren(...styleNodes, this.#mount);
      this.#root = createRoot(this.#mount);
    }
    const key = `${config.server}|${config.box}|${config.token ?? ""}`;
    if (this.#store?.key !== key) {
      const client = createIdeaBoxClient({
        baseUrl: config.server,
        ...(config.token ? { headers: { authorization: `Bearer ${config.token}` } } : {}),
      });
      let storage: Storage | null;
      try {
        storage = window.localStorage;
      } catch {
        storage = null;
      }
      this.#store = { key, store: createIdeaBoxStore({ client, box: config.box, storage }) };
    }
    const viewKey = config.view.name === "idea" ? `idea:${config.view.id}` : config.view.name;
    this.#root!.render(
      <IdeaBoxProvider
        box={config.box}
        store={this.#store.store}
        locale={config.locale}
        theme={config.theme ?? undefined}
      >
        {config.view.name === "admin" ? (
          <AdminConsole key={key} />
        ) : config.view.name === "demineur" ? (
          <DemineurElementView key={`${key}|${config.view.check}`} view={config.view} />
        ) : (
          <IdeaBox key={`${key}|${viewKey}`} initialView={config.view} />
        )}
      </IdeaBoxProvider>,
    );
  }
}

/** Registers `<communs-idea-box>` once (a second script on the page is harmless). */
export function defineCommunsIdeaBox(name = "communs-idea-box") {
  if (typeof customElements !== "undefined" && !customElements.get(name))
    customElements.define(name, CommunsIdeaBoxElement);
}
