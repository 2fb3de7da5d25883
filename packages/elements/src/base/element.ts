import { render, type ComponentChild } from "preact";
import { formatMessage, type PluralMessage } from "@communs/i18n";
import {
  commonSpecs,
  describeProblem,
  readAttributes,
  type AttributeProblem,
  type AttributeSpecs,
  type AttributeValues,
  type Locale,
} from "./attributes";
import { styleShadowRoot } from "./styles";

/**
 * Where this script was loaded from, read once while it runs: the stylesheet file and the
 * lazily loaded chunks are beside it. A classic script has `document.currentScript`; a module
 * has `import.meta.url` (which the classic build defines as null, see tsup.config.ts).
 */
export const scriptUrl: string | null =
  (typeof document !== "undefined" && (document.currentScript as HTMLScriptElement | null)?.src) ||
  (import.meta.url as string | null);

const problemTitle = {
  fr: { one: "Un attribut est à corriger :", other: "{count} attributs sont à corriger :" },
  en: { one: "One attribute needs fixing:", other: "{count} attributes need fixing:" },
} as const satisfies Record<Locale, PluralMessage>;

export interface RenderContext<S extends AttributeSpecs> {
  values: AttributeValues<S> & AttributeValues<typeof commonSpecs>;
  locale: Locale;
  /** True when a required attribute is missing or wrong: `view` is not called then. */
  blocked: boolean;
}

/**
 * What every Communs element shares: attributes declared as data and validated with a visible,
 * accessible message and a console warning; `lang` and `theme`; a shadow root styled by a
 * constructable stylesheet (no inline style, so a strict CSP is fine); DOM events for the page.
 */
export abstract class CommunsElement<S extends AttributeSpecs> extends HTMLElement {
  /** The tag, e.g. "communs-sonar": used in messages and for the stylesheet file's name. */
  protected abstract readonly tag: string;
  protected abstract readonly specs: S;
  protected abstract readonly css: string;
  /** Renders the tool (Preact, with the React components through preact/compat). */
  protected abstract view(context: RenderContext<S>): ComponentChild;

  #mount: HTMLElement | null = null;
  #frame: HTMLElement | null = null;
  #problems: HTMLElement | null = null;
  #lastReport = "";

  connectedCallback() {
    this.update();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.update();
  }

  disconnectedCallback() {
    if (this.#mount) render(null, this.#mount);
  }

  /** The attributes as read now, with every problem found. */
  get attributeProblems(): AttributeProblem[] {
    return this.#read().problems;
  }

  #read() {
    return readAttributes(
      { ...commonSpecs, ...this.specs },
      (name) => this.getAttribute(name),
      document.baseURI,
    );
  }

  /** Reads the attributes again and renders. */
  protected update() {
    const { values, problems } = this.#read();
    const pageLang =
      this.parentElement?.closest("[lang]")?.getAttribute("lang") ?? document.documentElement.lang;
    const locale: Locale =
      (values.lang as Locale | null) ?? (/^en\b/i.test(pageLang) ? "en" : "fr");

    const report = problems.map((problem) => describeProblem(this.tag, problem, "en")).join("\n");
    if (report && report !== this.#lastReport)
      for (const line of report.split("\n")) console.warn(line);
    this.#lastReport = report;

    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    if (!this.#frame) {
      this.#frame = document.createElement("div");
      this.#frame.className = "communs-element";
      this.#problems = document.createElement("div");
      this.#problems.className = "communs-element__problems";
      this.#mount = document.createElement("div");
      this.#frame.append(this.#problems, this.#mount);
      shadow.replaceChildren(
        ...styleShadowRoot(shadow, this.css, `${this.tag}.css`, scriptUrl),
        this.#frame,
      );
    }
    this.#frame.lang = locale;
    if (values.theme) this.#frame.dataset.communsTheme = values.theme as string;
    else delete this.#frame.dataset.communsTheme;

    // The message is visible and announced; the tool still runs when only optional ones are wrong.
    const problemBox = this.#problems!;
    problemBox.hidden = problems.length === 0;
    if (problems.length === 0) {
      problemBox.removeAttribute("role");
      problemBox.replaceChildren();
    } else {
      problemBox.setAttribute("role", "alert");
      const title = document.createElement("p");
      title.textContent = formatMessage(problemTitle[locale], { count: problems.length }, locale);
      const list = document.createElement("ul");
      for (const problem of problems) {
        const item = document.createElement("li");
        item.textContent = describeProblem(this.tag, problem, locale);
        list.append(item);
      }
      problemBox.replaceChildren(title, list);
    }
    const blocked = problems.some((problem) => problem.blocking);
    render(blocked ? null : this.view({ values, locale, blocked }), this.#mount!);
  }

  /** Tells the page something happened: a bubbling, composed `CustomEvent`. */
  protected emit<T>(type: string, detail: T) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/** Registers an element once (a second script on the page is harmless). */
export function defineElement(name: string, element: CustomElementConstructor) {
  if (typeof customElements !== "undefined" && !customElements.get(name))
    customElements.define(name, element);
}

/** Downloads a text or bytes as a file: a blob URL, which no CSP directive here blocks. */
export function download(fileName: string, content: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
