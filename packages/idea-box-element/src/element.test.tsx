import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { waitFor } from "@testing-library/react";
import { createMockIdeaBoxServer, makeMockIdeas } from "@communs/idea-box-react/testing";
import "./index";

let server: ReturnType<typeof createMockIdeaBoxServer>;
beforeEach(() => {
  server = createMockIdeaBoxServer({
    ideas: [
      { ...makeMockIdeas(1)[0]!, title: `<img src=x onerror="window.__pwned=1">Titre piégé` },
      ...makeMockIdeas(3, 1),
    ],
  });
  vi.stubGlobal("fetch", server.fetch);
});
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const mount = (html: string) => {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
};

describe("<communs-idea-box>", () => {
  it("renders the list inside its shadow root, with its styles, and XSS stays text", async () => {
    const element = mount(
      `<communs-idea-box server="https://mock.invalid" box="demo" locale="fr"><a href="https://mock.invalid">Boîte à idées</a></communs-idea-box>`,
    );
    await waitFor(() => expect(element.shadowRoot?.textContent).toContain("Titre piégé"), {
      timeout: 3000,
    });
    const shadow = element.shadowRoot!;
    // Never an inline <style> (refused under a strict CSP). jsdom has no adoptedStyleSheets,
    // so this is the fallback: the stylesheet file beside the script (Chromium e2e covers the
    // constructable way).
    expect(shadow.querySelector("style")).toBeNull();
    expect("adoptedStyleSheets" in shadow).toBe(false);
    const link = shadow.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
    expect(link?.href).toMatch(/\/communs-idea-box\.css$/);
    expect(shadow.querySelector("img")).toBeNull();
    expect(shadow.textContent).toContain(`<img src=x onerror="window.__pwned=1">`);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(shadow.querySelector("slot")).toBeNull();
  });

  it("reports invalid attributes in the console and keeps the fallback link visible", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const element = mount(
      `<communs-idea-box box="Pas Un Slug"><a href="https://idees.example.fr">Voir la boîte à idées</a></communs-idea-box>`,
    );
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/<communs-idea-box>: attribute "server" is missing: expected/),
    );
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/attribute "box" is "Pas Un Slug": expected lowercase/),
    );
    expect(element.shadowRoot?.querySelector("slot")).not.toBeNull();
    expect(element.querySelector("a")).toHaveTextContent("Voir la boîte à idées");
  });

  it("opens the form view and the idea view from attributes", async () => {
    const form = mount(
      `<communs-idea-box server="https://mock.invalid" box="demo" view="form" locale="en"></communs-idea-box>`,
    );
    await waitFor(() =>
      expect(form.shadowRoot?.querySelector("h2")?.textContent).toBe("Suggest an idea"),
    );
    const idea = makeMockIdeas(3, 1)[0]!;
    form.setAttribute("view", "idea");
    form.setAttribute("idea", idea.id);
    await waitFor(
      () => expect(form.shadowRoot?.querySelector("h2")?.textContent).toBe(idea.title),
      { timeout: 3000 },
    );
  });

  it("sends the sign-in token as a bearer header", async () => {
    const calls: Headers[] = [];
    vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(new Headers(init?.headers));
      return server.fetch(input, init);
    });
    mount(
      `<communs-idea-box server="https://mock.invalid" box="demo" token="abc.def"></communs-idea-box>`,
    );
    await waitFor(() => expect(calls.length).toBeGreaterThan(0));
    expect(calls[0]!.get("authorization")).toBe("Bearer abc.def");
  });
});
