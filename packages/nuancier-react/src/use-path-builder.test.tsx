import {
  exampleCrossBorderOverlay as crossBorderOverlay,
  nuancierContent as data,
} from "@communs/nuancier/content";
import { extendNuancier } from "@communs/nuancier/validation";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { ExtensionReport } from "./extension-report";
import { usePathBuilder } from "./use-path-builder";

/**
 * What an integrator with their own design system writes: their markup (here DSFR-like class
 * names and a table for the steps), the behaviour from `usePathBuilder`.
 */
function OwnMarkupPath({ initial, palette = data }: { initial: string[]; palette?: typeof data }) {
  const [selection, setSelection] = useState(initial);
  const builder = usePathBuilder({
    data: palette,
    locale: "en",
    selection,
    onSelectionChange: setSelection,
  });
  return (
    <div className="fr-container" {...builder.getSectionProps()}>
      <h2 className="fr-h2" {...builder.getTitleProps()}>
        {builder.text.pathTitle}
      </h2>
      <div className="fr-sr-only" {...builder.getStatusProps()}>
        {builder.announcement}
      </div>
      <h3 {...builder.getChosenHeadingProps()}>{builder.text.pathChosen}</h3>
      <p {...builder.getHelpProps()}>{builder.text.pathReorderHelp}</p>
      <ul className="fr-list" {...builder.getChosenListProps()}>
        {builder.items.map((item) => (
          <li key={item.nuanceId} {...builder.getItemProps(item.index)}>
            {item.name}
            <button className="fr-btn" {...builder.getMoveUpButtonProps(item.index)}>
              ↑
            </button>
            <button className="fr-btn" {...builder.getRemoveButtonProps(item.index)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label {...builder.getMaxHoursLabelProps()}>{builder.text.maxHoursLabel}</label>
      <input className="fr-input" {...builder.getMaxHoursInputProps()} />
      <table>
        <tbody>
          {builder.steps.map((step) => (
            <tr key={step.nuanceId}>
              <td>{step.name}</td>
              <td>{step.formatText}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul aria-label="issues">
        {builder.issues.map((issue) => (
          <li key={issue.pointer}>{issue.text}</li>
        ))}
      </ul>
      {builder.credits.map((credit) => (
        <p key={credit}>{credit}</p>
      ))}
    </div>
  );
}

describe("usePathBuilder with the integrator's own markup", () => {
  const chosen = ["rapid-prototyping", "reframing-the-brief", "sharing-as-commons"];

  it("names, reorders and announces through the prop getters", async () => {
    const user = userEvent.setup();
    render(<OwnMarkupPath initial={chosen} />);
    const list = screen.getByRole("list", { name: "Chosen nuances, in order" });
    expect(list).toHaveAccessibleDescription(/Move up and Move down/);
    const up = screen.getByRole("button", { name: "Move up: Sharing as commons" });
    up.focus();
    await user.keyboard("{Enter}");
    expect(within(list).getAllByRole("listitem")[1]).toHaveTextContent("Sharing as commons");
    expect(screen.getByRole("status")).toHaveTextContent("Sharing as commons: position 2 of 3.");
    // The first item cannot go up: still focusable and named, marked unusable.
    expect(screen.getByRole("button", { name: "Move up: Rapid prototyping" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });

  it("moves the focus to the title once the last item is removed", async () => {
    render(<OwnMarkupPath initial={["rapid-prototyping"]} />);
    await userEvent.click(screen.getByRole("button", { name: "Remove: Rapid prototyping" }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "My path" }));
    expect(screen.getByRole("status")).toHaveTextContent("Rapid prototyping removed");
  });

  it("rebuilds the path when a constraint changes and says what is wrong", async () => {
    render(<OwnMarkupPath initial={chosen} />);
    await userEvent.type(screen.getByRole("spinbutton", { name: /Budget in hours/ }), "3");
    expect(
      within(screen.getByRole("list", { name: "issues" })).getByRole("listitem"),
    ).toHaveTextContent(/more than the 3 h budget/);
  });

  it("credits an overlay's texts to their authors", () => {
    const merged = extendNuancier(data, crossBorderOverlay).data;
    render(<OwnMarkupPath initial={["learning-elsewhere"]} palette={merged} />);
    expect(
      screen.getByText(
        "Learning from elsewhere, across the border too: Texts added by the Example Cross-Border Training Centre. Licence CC-BY-SA-4.0.",
      ),
    ).toBeInTheDocument();
  });
});

describe("usePathBuilder exports", () => {
  function Exports({
    onFile,
  }: {
    onFile: (file: ReturnType<ReturnType<typeof usePathBuilder>["exportFile"]>) => void;
  }) {
    const builder = usePathBuilder({
      data,
      selection: ["rapid-prototyping"],
      onSelectionChange: () => {},
    });
    return (
      <>
        {(["md", "csv", "json"] as const).map((format) => (
          <button key={format} type="button" onClick={() => onFile(builder.exportFile(format))}>
            {format}
          </button>
        ))}
      </>
    );
  }

  it("gives each export its file name, media type and content (CSV with a byte-order mark)", async () => {
    const files: { fileName: string; content: string; type: string }[] = [];
    render(<Exports onFile={(file) => files.push(file)} />);
    for (const name of ["md", "csv", "json"]) {
      await userEvent.click(screen.getByRole("button", { name }));
    }
    expect(files.map((file) => file.fileName)).toEqual([
      "parcours-nuancier.md",
      "parcours-nuancier.csv",
      "parcours-nuancier.json",
    ]);
    expect(files[1]!.content.startsWith("\uFEFFÉtape,")).toBe(true);
    expect(files[1]!.type).toBe("text/csv; charset=utf-8");
    expect(JSON.parse(files[2]!.content).steps[0].nuance.id).toBe("rapid-prototyping");
  });
});

describe("ExtensionReport", () => {
  it("lists removals and list edits an overlay made, each with its place", () => {
    const result = extendNuancier(data, crossBorderOverlay);
    render(<ExtensionReport result={result} locale="en" />);
    const items = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(items[0]).toBe("Removed “webinar” (formats) /remove/formats/0");
    expect(items).toContain(
      "Changed “learning-elsewhere” (nuances), field formats /override/nuances/learning-elsewhere/formats",
    );
  });

  it("says, in sentences, why a sector told apart by colour alone is refused", () => {
    const result = extendNuancier(data, {
      schemaVersion: 1,
      override: { sectors: { "doing-together": { code: "1", pattern: "stripes" } } },
    });
    render(<ExtensionReport result={result} />);
    expect(screen.getByRole("listitem")).toHaveTextContent(
      "Le secteur « doing-together » a le même numéro (1) et le même motif (stripes) que « geopolitics » : seule la couleur les distinguerait.",
    );
    expect(screen.getByText("Extension refusée : 1 problème à corriger.")).toBeInTheDocument();
  });

  it("says an accepted overlay made no change with the exact-zero message", () => {
    render(<ExtensionReport result={extendNuancier(data, { schemaVersion: 1 })} />);
    expect(screen.getByText("Extension acceptée, sans modification.")).toBeInTheDocument();
  });
});

describe("a language the components ship no messages for", () => {
  it("shows an overlay's German texts, other texts and messages along the declared fallback", async () => {
    const { Palette } = await import("./palette");
    const merged = extendNuancier(data, crossBorderOverlay).data;
    render(<Palette data={merged} locale="de" messages={{ paletteTitle: "Die Farbpalette" }} />);
    expect(screen.getByRole("heading", { name: "Die Farbpalette" })).toBeInTheDocument();
    expect(screen.getByText("Geopolitik der öffentlichen Innovation")).toBeInTheDocument();
    // No German name here: English, the fallback the overlay declares for German.
    expect(screen.getByText("Doing together")).toBeInTheDocument();
    expect(screen.getAllByText("proposed name")).toHaveLength(5);
  });
});
