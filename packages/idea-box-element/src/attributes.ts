import { slugPattern, uuidPattern } from "@communs/idea-box/client";
import { readDemineurView, type DemineurViewConfig } from "./demineur-attributes";

/** What `<communs-idea-box>` reads from its attributes, checked with a message for each mistake. */
export interface ElementConfig {
  server: string;
  box: string;
  locale: "fr" | "en";
  view:
    | { name: "list" }
    | { name: "form" }
    | { name: "idea"; id: string }
    | { name: "admin" }
    | DemineurViewConfig;
  token: string | null;
  theme: "default" | "dark" | "dsfr" | null;
}

export const observedAttributes = [
  "server",
  "box",
  "locale",
  "view",
  "idea",
  "token",
  "theme",
  "check",
] as const;

/**
 * Reads the attributes; every problem is listed (not only the first) with what was expected.
 * `config` is null when the element cannot work (then its fallback link stays visible).
 */
export function readAttributes(
  get: (name: string) => string | null,
  pageLocale = "fr",
  baseUrl?: string,
): { config: ElementConfig | null; problems: string[] } {
  const problems: string[] = [];
  const server = get("server")?.trim() ?? "";
  let serverUrl = "";
  if (!server)
    problems.push(
      'attribute "server" is missing: expected the idea box server URL, e.g. server="https://idees.example.fr"',
    );
  else {
    try {
      const url = new URL(server, baseUrl);
      if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("protocol");
      serverUrl = url.href.replace(/\/+$/, "");
    } catch {
      problems.push(
        `attribute "server" is "${server}": expected an http(s) URL, e.g. "https://idees.example.fr"`,
      );
    }
  }
  const box = get("box")?.trim() ?? "";
  if (!box)
    problems.push(
      'attribute "box" is missing: expected the box slug, e.g. box="direction-numerique"',
    );
  else if (!slugPattern.test(box))
    problems.push(`attribute "box" is "${box}": expected lowercase letters, digits and hyphens`);

  const localeRaw = get("locale");
  let locale: "fr" | "en" = pageLocale.toLowerCase().startsWith("en") ? "en" : "fr";
  if (localeRaw !== null) {
    if (localeRaw === "fr" || localeRaw === "en") locale = localeRaw;
    else
      problems.push(
        `attribute "locale" is "${localeRaw}": expected "fr" or "en" (using "${locale}")`,
      );
  }

  const themeRaw = get("theme");
  let theme: ElementConfig["theme"] = null;
  if (themeRaw !== null) {
    if (themeRaw === "default" || themeRaw === "dark" || themeRaw === "dsfr") theme = themeRaw;
    else
      problems.push(
        `attribute "theme" is "${themeRaw}": expected "default", "dark" or "dsfr" (using the page's)`,
      );
  }

  const viewRaw = get("view") ?? "list";
  let view: ElementConfig["view"] = { name: "list" };
  if (viewRaw === "form") view = { name: "form" };
  else if (viewRaw === "admin") view = { name: "admin" };
  else if (viewRaw === "demineur") view = readDemineurView(get, problems);
  else if (viewRaw === "idea") {
    const id = get("idea")?.trim() ?? "";
    if (uuidPattern.test(id)) view = { name: "idea", id };
    else
      problems.push(
        id
          ? `attribute "idea" is "${id}": expected the idea's UUID (showing the list)`
          : 'attribute "idea" is missing: view="idea" needs the idea\'s UUID in idea="…" (showing the list)',
      );
  } else if (viewRaw !== "list")
    problems.push(
      `attribute "view" is "${viewRaw}": expected "list", "form", "idea", "admin" or "demineur" (showing the list)`,
    );

  const token = get("token")?.trim() || null;
  if (token !== null && !/^[\w.~+/=-]+$/.test(token))
    problems.push(
      'attribute "token" has characters a sign-in token never has: expected the token your site issued',
    );

  const usable =
    serverUrl !== "" &&
    box !== "" &&
    slugPattern.test(box) &&
    (token === null || /^[\w.~+/=-]+$/.test(token));
  return {
    config: usable ? { server: serverUrl, box, locale, view, token, theme } : null,
    problems,
  };
}
