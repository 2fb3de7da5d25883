import { afterEach, describe, expect, it, vi } from "vitest";
import { httpUrl, oneOf } from "./attributes";
import { CommunsElement, defineElement, type RenderContext } from "./element";

const specs = {
  src: { ...httpUrl("https://example.fr/a.json"), required: true },
  size: oneOf(["small", "large"] as const, "small"),
};

class TestElement extends CommunsElement<typeof specs> {
  static observedAttributes = ["lang", "theme", "src", "size"];
  protected readonly tag = "communs-test";
  protected readonly specs = specs;
  protected readonly css = ".x{color:red}";
  protected view({ values, locale }: RenderContext<typeof specs>) {
    return (
      <button type="button" onClick={() => this.emit("communs-test-click", { size: values.size })}>
        {locale} {values.size} {values.src}
      </button>
    );
  }
}
defineElement("communs-test", TestElement);

const mount = (html: string) => {
  document.body.innerHTML = html;
  return document.body.querySelector("communs-test")!;
};
const shadow = (element: Element) => element.shadowRoot!;

afterEach(() => {
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

describe("CommunsElement", () => {
  it("renders the tool in its shadow root, in the nearest ancestor's language, with the theme", () => {
    const element = mount(
      '<div lang="en"><communs-test src="https://x.fr/r.json" theme="dark"></communs-test></div>',
    );
    expect(shadow(element).querySelector("button")?.textContent).toBe(
      "en small https://x.fr/r.json",
    );
    const frame = shadow(element).querySelector<HTMLElement>(".communs-element")!;
    expect(frame.lang).toBe("en");
    expect(frame.dataset.communsTheme).toBe("dark");
    expect(
      shadow(element).querySelector(".communs-element__problems")?.hasAttribute("hidden"),
    ).toBe(true);
    expect(shadow(element).querySelectorAll("style")).toHaveLength(0);
  });

  it("shows a wrong optional attribute visibly and in the console, and still works", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const element = mount(
      '<communs-test src="https://x.fr/r.json" size="huge" lang="fr"></communs-test>',
    );
    const problems = shadow(element).querySelector(".communs-element__problems")!;
    expect(problems.getAttribute("role")).toBe("alert");
    expect(problems.hasAttribute("hidden")).toBe(false);
    expect(problems.textContent).toContain(
      '<communs-test> : l’attribut « size » vaut « huge » ; attendu : "small" ou "large".',
    );
    expect(warn).toHaveBeenCalledWith(
      '<communs-test>: attribute "size" is "huge"; expected "small" or "large".',
    );
    expect(shadow(element).querySelector("button")?.textContent).toBe(
      "fr small https://x.fr/r.json",
    );
  });

  it("never leaves a blank box: a missing required attribute shows what is missing", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const element = mount('<communs-test lang="en"></communs-test>');
    expect(shadow(element).querySelector("button")).toBeNull();
    expect(shadow(element).querySelector("[role=alert]")?.textContent).toContain(
      'attribute "src" is missing; expected an http(s) URL',
    );
  });

  it("updates in place when an attribute changes, and clears the message once fixed", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const element = mount('<communs-test lang="en"></communs-test>');
    element.setAttribute("src", "https://x.fr/r.json");
    element.setAttribute("size", "large");
    expect(shadow(element).querySelector("button")?.textContent).toBe(
      "en large https://x.fr/r.json",
    );
    expect(
      shadow(element).querySelector(".communs-element__problems")?.hasAttribute("hidden"),
    ).toBe(true);
    expect(shadow(element).querySelector(".communs-element__problems")?.hasAttribute("role")).toBe(
      false,
    );
  });

  it("sends bubbling, composed events to the page", () => {
    const element = mount('<communs-test src="https://x.fr/r.json" size="large"></communs-test>');
    const heard = vi.fn();
    document.addEventListener("communs-test-click", (event) =>
      heard((event as CustomEvent).detail),
    );
    shadow(element).querySelector("button")!.click();
    expect(heard).toHaveBeenCalledWith({ size: "large" });
  });
});
