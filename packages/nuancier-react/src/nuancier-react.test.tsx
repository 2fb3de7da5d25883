import { nuancierContent as data } from "@communs/nuancier/content";
import { extendNuancier } from "@communs/nuancier/validation";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { messagesEn } from "./i18n/messages.en";
import { messagesFr } from "./i18n/messages.fr";
import {
  ExtensionReport,
  NuanceSearch,
  NuancierExplorer,
  Palette,
  PathBuilder,
  SectorPage,
} from "./index";

afterEach(() => vi.restoreAllMocks());

const keysOf = (value: object, prefix = ""): string[] =>
  Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === "object" ? keysOf(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe("messages", () => {
  it("have the same keys in English as in French", () => {
    expect(keysOf(messagesEn).sort()).toEqual(keysOf(messagesFr).sort());
  });
});

describe("Palette", () => {
  it("shows every sector with its number and name, and flags the names that are ours", async () => {
    const onSelectSector = vi.fn();
    render(<Palette data={data} onSelectSector={onSelectSector} />);
    const buttons = screen.getAllByRole("button");
    expect(buttons).toHaveLength(8);
    expect(buttons[0]).toHaveTextContent("Secteur 1");
    expect(buttons[0]).toHaveTextContent("Géopolitique de l'innovation publique");
    expect(screen.getAllByText("nom proposé")).toHaveLength(5);
    await userEvent.click(screen.getByRole("button", { name: /Faire ensemble/ }));
    expect(onSelectSector).toHaveBeenCalledWith("doing-together");
  });

  it("speaks English when asked and lets the integrator override a text", () => {
    render(<Palette data={data} locale="en" messages={{ paletteTitle: "Our chart" }} />);
    expect(screen.getByRole("heading", { name: "Our chart" })).toBeInTheDocument();
    expect(screen.getByText("Opening possibilities")).toBeInTheDocument();
  });
});

describe("SectorPage", () => {
  it("shows values, objectives, recommendations and nuances grouped by kind", () => {
    render(<SectorPage data={data} sectorId="designing-prototyping" />);
    expect(
      screen.getByRole("heading", { level: 2, name: "Concevoir et prototyper" }),
    ).toBeInTheDocument();
    for (const name of ["Valeurs", "Objectifs", "Recommandations", "Être", "Faire", "Agir"]) {
      expect(screen.getByRole("heading", { level: 3, name })).toBeInTheDocument();
    }
    expect(
      screen.getByRole("heading", { level: 4, name: "Prototypage rapide" }),
    ).toBeInTheDocument();
  });
});

describe("NuanceSearch", () => {
  it("finds prototyping by its French word and announces the count", async () => {
    render(<NuanceSearch data={data} onToggleNuance={() => {}} />);
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(`${data.nuances.length} nuances correspondent.`);
    await userEvent.type(screen.getByRole("searchbox", { name: "Mots recherchés" }), "PROTOTYPAGE");
    expect(status).toHaveTextContent("1 nuance correspond.");
    expect(screen.getAllByRole("article")[0]).toHaveAccessibleName("Prototypage rapide");
  });

  it("filters by kind and says when nothing matches", async () => {
    render(<NuanceSearch data={data} locale="en" />);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "acting");
    for (const card of screen.getAllByRole("article")) {
      expect(card).toHaveTextContent("Way of acting");
    }
    await userEvent.type(screen.getByRole("searchbox"), "xylophone");
    expect(screen.getByRole("status")).toHaveTextContent("No nuance matches.");
  });
});

function ControlledPath({ initial }: { initial: string[] }) {
  const [selection, setSelection] = useState(initial);
  return (
    <PathBuilder
      data={data}
      selection={selection}
      onSelectionChange={setSelection}
      shareBaseUrl="https://example.org/nuancier"
    />
  );
}

describe("PathBuilder", () => {
  const chosen = ["rapid-prototyping", "reframing-the-brief", "sharing-as-commons"];

  it("reorders with the keyboard, keeps focus on the moved item and announces the move", async () => {
    const user = userEvent.setup();
    render(<ControlledPath initial={chosen} />);
    const list = screen.getByRole("list", { name: "Nuances choisies, dans l'ordre" });
    const moveUp = screen.getByRole("button", { name: "Monter : Partager en communs" });
    moveUp.focus();
    await user.keyboard("{Enter}");
    const items = within(list).getAllByRole("listitem");
    expect(items[1]).toHaveTextContent("Partager en communs");
    expect(document.activeElement).toBe(moveUp);
    expect(screen.getAllByRole("status")[0]).toHaveTextContent(
      "Partager en communs : position 2 sur 3.",
    );
    const steps = screen
      .getAllByRole("listitem")
      .filter((item) => item.className.includes("__step"));
    expect(steps[1]).toHaveTextContent("Partager en communs");
  });

  it("removes a nuance and shows the empty state when nothing is left", async () => {
    render(<ControlledPath initial={["rapid-prototyping"]} />);
    await userEvent.click(screen.getByRole("button", { name: "Retirer : Prototypage rapide" }));
    expect(screen.getByText(/Votre parcours est vide/)).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Mon parcours" }));
  });

  it("moves the focus to the next Remove button after a removal", async () => {
    render(<ControlledPath initial={chosen} />);
    await userEvent.click(screen.getByRole("button", { name: "Retirer : Reformuler la commande" }));
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: "Retirer : Partager en communs" }),
    );
  });

  it("exports Markdown, prints and builds a share link", async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return "blob:path";
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    render(<ControlledPath initial={chosen} />);
    await userEvent.click(screen.getByRole("button", { name: "Télécharger en Markdown" }));
    expect(click).toHaveBeenCalled();
    const markdown = await created[0]!.text();
    expect(markdown).toMatch(/^# Mon parcours/);
    expect(markdown).toContain("1. **Prototypage rapide**");
    await userEvent.click(screen.getByRole("button", { name: "Imprimer" }));
    expect(print).toHaveBeenCalledTimes(1);
    await act(async () => {
      await userEvent.click(screen.getByRole("button", { name: "Copier le lien de partage" }));
    });
    const link = screen.getByRole("textbox", { name: "Lien de partage" }) as HTMLInputElement;
    expect(link.value).toContain("https://example.org/nuancier?nuancier=");
    expect(link.value).toContain("rapid-prototyping.reframing-the-brief.sharing-as-commons");
  });
});

describe("NuancierExplorer", () => {
  it("opens a shared selection and adds nuances from the search", async () => {
    render(
      <NuancierExplorer
        data={data}
        locale="en"
        shareLink="https://example.org/?nuancier=n%3Drapid-prototyping"
        initialSearchText="reflexivite"
      />,
    );
    expect(screen.getByRole("button", { name: "Remove: Rapid prototyping" })).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole("button", { name: "Add to path: Reflecting on one's practice" }),
    );
    expect(screen.getAllByRole("status")[0]).toHaveTextContent(
      "Reflecting on one's practice added to the path (2 nuances).",
    );
  });
});

describe("ExtensionReport", () => {
  it("says why an overlay was refused, with the path of each mistake", () => {
    const result = extendNuancier(data, {
      schemaVersion: 1,
      add: { nuances: [{ ...data.nuances[0], id: "local-nuance", sectorId: "nowhere" }] },
    });
    render(<ExtensionReport result={result} />);
    expect(screen.getByText("Extension refusée : 1 problème à corriger.")).toBeInTheDocument();
    expect(screen.getByRole("listitem")).toHaveTextContent(
      "« nowhere » n'existe pas dans secteurs. à l'emplacement /add/nuances/0/sectorId",
    );
  });
});
