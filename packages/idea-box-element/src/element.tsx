import { createRoot, type Root } from "react-dom/client";
import { createIdeaBoxClient } from "@communs/idea-box/client";
import {
  IdeaBox,
  IdeaBoxProvider,
  createIdeaBoxStore,
  type IdeaBoxStore,
} from "@communs/idea-box-react";
import widgetStyles from "@communs/idea-box-react/styles.css";
import tokenStyles from "@communs/theme/tokens.css";
import { observedAttributes, readAttributes, type ElementConfig } from "./attributes";

/**
 * Theme tokens without their `:root, :host` defaults: the page's `--communs-*` properties
 * cross the shadow boundary and win; the widgets' CSS carries fallbacks for pages without them.
 * The dark and DSFR blocks stay so that `theme="dark"` works inside.
 */
const scopedTokens = tokenStyles.replace(
  /:root,\s*:host,\s*\[data-communs-theme="default"\]/,
  '[data-communs-theme="default"]',
);
const hostStyles = `:host{display:block;contain:content}:host([hidden]){display:none}
.communs-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.communs-idea-box{background:var(--communs-color-background,#fff)}`;

/** `<communs-idea-box server="…" box="…" locale="fr" view="list|form|idea" idea="…" token="…">` */
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
      const style = document.createElement("style");
      style.textContent = `${scopedTokens}\n${hostStyles}\n${widgetStyles}`;
      this.#mount = document.createElement("div");
      shadow.replaceChildren(style, this.#mount);
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
        <IdeaBox key={`${key}|${viewKey}`} initialView={config.view} />
      </IdeaBoxProvider>,
    );
  }
}

/** Registers `<communs-idea-box>` once (a second script on the page is harmless). */
export function defineCommunsIdeaBox(name = "communs-idea-box") {
  if (typeof customElements !== "undefined" && !customElements.get(name))
    customElements.define(name, CommunsIdeaBoxElement);
}
