import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { IdeaBoxProvider } from "../context";
import { createMockDemineurStore, makeMockChecks, type MockDemineurRole } from "../testing";
import { CheckAnswerForm } from "./answer-form";
import { CheckAnswers } from "./check-answers";
import { Demineur } from "./demineur";
import { DeminingReport } from "./demining-report";
import { demineurMessagesEn } from "./messages.en";
import { demineurMessagesFr } from "./messages.fr";
import { PreProjectCheck } from "./pre-project-check";

const sample = makeMockChecks();
const open = sample.checks[0]!;
const decided = sample.checks[1]!;

function setup(role: MockDemineurRole = "lead", locale: "fr" | "en" = "fr") {
  const { server, store } = createMockDemineurStore({ role });
  const wrap = (ui: React.ReactNode) => (
    <IdeaBoxProvider box="demo" store={store} locale={locale}>
      {ui}
    </IdeaBoxProvider>
  );
  return { server, store, wrap };
}

describe("Démineur messages", () => {
  it("has every French key in English, plurals included", () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, inner]) =>
        typeof inner === "string" ? [key] : keys(inner as object).map((k) => `${key}.${k}`),
      );
    expect(keys(demineurMessagesEn).sort()).toEqual(keys(demineurMessagesFr).sort());
  });
});

describe("PreProjectCheck", () => {
  it("shows what looks alike while the lead types, with why, in a live region", async () => {
    const { wrap } = setup();
    const user = userEvent.setup();
    render(wrap(<PreProjectCheck similarDelayMs={10} />));
    await user.type(
      screen.getByLabelText("Titre provisoire du projet"),
      "Rendez-vous en ligne état civil",
    );
    await user.type(
      screen.getByLabelText("Quel problème le projet veut-il résoudre ?"),
      "Les usagers attendent au guichet",
    );
    const live = await screen.findByText(/éléments? semblables? trouvés?/);
    expect(live).toHaveAttribute("aria-live", "polite");
    const region = screen.getByRole("region", { name: "Cela ressemble à ce qui existe déjà" });
    // The problem typed after the title widens the search: wait for the words it adds.
    expect(
      (await within(region).findAllByText(/Mots en commun : .*guichet/)).length,
    ).toBeGreaterThan(0);
    expect(within(region).getByText(open.title)).toBeInTheDocument();
  });

  it("lists every problem, focuses the summary, then opens the check and clears the draft", async () => {
    const { wrap, store, server } = setup();
    const onOpened = vi.fn();
    const user = userEvent.setup();
    render(wrap(<PreProjectCheck similarDelayMs={5000} onOpened={onOpened} />));
    await user.click(screen.getByRole("button", { name: "Ouvrir la consultation" }));
    await waitFor(() => expect(document.activeElement).toHaveClass("communs-idea-box-summary"));
    expect(document.activeElement).toHaveTextContent("Corrigez les 3 erreurs");
    expect(screen.getByLabelText("Date de décision")).toHaveAttribute("aria-invalid", "true");

    await user.type(screen.getByLabelText("Titre provisoire du projet"), "Un suivi des courriers");
    await user.type(
      screen.getByLabelText("Quel problème le projet veut-il résoudre ?"),
      "Les courriers se perdent entre les services.",
    );
    await user.click(await screen.findByRole("checkbox", { name: "État civil" }));
    await user.type(screen.getByLabelText("Date de décision"), "2099-03-01");
    await user.click(screen.getByRole("button", { name: "Ajouter une question" }));
    await user.type(screen.getByLabelText("Question 1"), "Combien de courriers par jour ?");
    expect(store.drafts.load("new-check")).not.toBeNull();
    await user.click(screen.getByRole("button", { name: "Ouvrir la consultation" }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    const body = server.calls.find((call) => call.name === "createCheck")?.body;
    expect(body).toMatchObject({
      title: "Un suivi des courriers",
      services: ["etat-civil"],
      decisionDate: "2099-03-01",
      questions: ["Combien de courriers par jour ?"],
    });
    expect(store.drafts.load("new-check")).toBeNull();
    await waitFor(() => expect(document.activeElement).toHaveTextContent(/est ouverte/));
  });
});

describe("CheckAnswerForm", () => {
  it("asks for the two choices, then records an anonymous answer and moves focus to the thanks", async () => {
    const { wrap, server } = setup("agent");
    const user = userEvent.setup();
    render(wrap(<CheckAnswerForm checkId={open.id} />));
    await user.click(await screen.findByRole("button", { name: "Envoyer ma réponse" }));
    await waitFor(() => expect(document.activeElement).toHaveTextContent("Corrigez les 2 erreurs"));
    expect(document.activeElement).toHaveTextContent(
      "Cela existe-t-il déjà ici ? : choisissez une réponse.",
    );
    await user.click(screen.getByRole("radio", { name: "Je ne sais pas" }));
    await user.type(screen.getByLabelText(/Que se passe-t-il aujourd’hui/), "Tout sur papier.");
    await user.type(screen.getByLabelText("Risque 1"), "Personne ne l’ouvrira.");
    await user.selectOptions(screen.getByLabelText(/Type de risque/), "adoption");
    await user.click(screen.getByRole("radio", { name: "Peut-être" }));
    await user.type(screen.getByLabelText(open.questions[0]!.text + " (facultatif)"), "Le samedi");
    await user.click(screen.getByRole("radio", { name: "anonymement" }));
    expect(screen.getByText(/votre nom n’apparaîtra nulle part/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Envoyer ma réponse" }));
    await waitFor(() =>
      expect(document.activeElement).toHaveTextContent("Votre réponse est enregistrée."),
    );
    const saved = [...server.answers.values()].find((answer) => answer.mine)!;
    expect(saved.author).toEqual({ mode: "anonymous", displayName: null, teamName: null });
    expect(saved.failureRisks).toEqual([{ category: "adoption", text: "Personne ne l’ouvrira." }]);
    expect(saved.questions).toEqual([{ questionId: open.questions[0]!.id, answer: "Le samedi" }]);
    expect(screen.getByRole("button", { name: "Mettre à jour ma réponse" })).toBeInTheDocument();
  });

  it("says that a decided check takes no more answers", async () => {
    const { wrap } = setup("agent");
    render(wrap(<CheckAnswerForm checkId={decided.id} />));
    expect(await screen.findByText(/Cette consultation est close/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Envoyer ma réponse" })).toBeNull();
  });
});

describe("CheckAnswers", () => {
  it("shows each authorship as chosen and supports an answer with aria-pressed", async () => {
    const { wrap } = setup("agent");
    const user = userEvent.setup();
    render(wrap(<CheckAnswers checkId={open.id} />));
    const articles = await screen.findAllByRole("article");
    expect(articles).toHaveLength(3);
    expect(articles[0]).toHaveTextContent("Yann Le Goff · service État civil");
    expect(articles[1]).toHaveTextContent("L’équipe Équipe accueil");
    expect(articles[2]).toHaveTextContent("Agent anonyme");
    expect(articles[2]).not.toHaveTextContent("Yann");
    const support = within(articles[1]!).getByRole("button", { name: /Soutenir cette réponse/ });
    expect(support).toHaveAttribute("aria-pressed", "false");
    await user.click(support);
    await waitFor(() =>
      expect(within(articles[1]!).getByRole("button", { name: /Soutenue/ })).toHaveAttribute(
        "aria-pressed",
        "true",
      ),
    );
    await user.click(within(articles[2]!).getByRole("button", { name: /Commenter/ }));
    await user.type(within(articles[2]!).getByLabelText("Votre commentaire"), "Même constat ici.");
    await user.click(within(articles[2]!).getByRole("button", { name: "Envoyer" }));
    expect(await within(articles[2]!).findByText("Même constat ici.")).toBeInTheDocument();
  });
});

describe("DeminingReport", () => {
  it("gives counts as tables, quotes with the chosen authorship and risks grouped", async () => {
    const { wrap } = setup("agent");
    render(wrap(<DeminingReport checkId={open.id} />));
    const byService = await screen.findByRole("table", { name: "Réponses par service" });
    expect(within(byService).getByRole("row", { name: "État civil 1" })).toBeInTheDocument();
    expect(within(byService).getByRole("row", { name: "Sans service 1" })).toBeInTheDocument();
    const byAnswer = screen.getByRole("table", { name: "Réponses par question" });
    expect(within(byAnswer).getAllByRole("row")).toHaveLength(1 + 3 + 3 + 4);
    const realities = screen.getByRole("region", { name: "Réalités du terrain" });
    expect(within(realities).getByText(/Les dossiers incomplets/)).toBeInTheDocument();
    expect(within(realities).getByText("— Agent anonyme")).toBeInTheDocument();
    const risks = screen.getByRole("region", { name: "Risques, par type" });
    expect(
      within(risks).getByRole("heading", { name: "Adoption par les agents (2)" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Pas encore de décision/)).toBeInTheDocument();
    // An agent reads the report but gives no verdict.
    expect(screen.queryByRole("button", { name: "Enregistrer la décision" })).toBeNull();
  });

  it("lets a moderator record a verdict, then shows it with its reason and focuses it", async () => {
    const { wrap } = setup("moderator");
    const user = userEvent.setup();
    render(wrap(<DeminingReport checkId={open.id} />));
    await user.click(await screen.findByRole("button", { name: "Enregistrer la décision" }));
    expect(await screen.findByText("Verdict : choisissez une réponse.")).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "On change le projet" }));
    await user.type(
      screen.getByLabelText("Raison, lisible par toutes les personnes consultées"),
      "Garder le téléphone pour les personnes âgées.",
    );
    await user.click(screen.getByRole("button", { name: "Enregistrer la décision" }));
    await waitFor(() => expect(document.activeElement).toHaveTextContent("Décision"));
    expect(
      await screen.findByText("Pourquoi : Garder le téléphone pour les personnes âgées."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Enregistrer la décision" })).toBeNull();
  });

  it("in English, exports the report as files through the client", async () => {
    const { wrap } = setup("agent", "en");
    const onExport = vi.fn();
    const user = userEvent.setup();
    render(wrap(<DeminingReport checkId={decided.id} onExport={onExport} />));
    expect(await screen.findByText("Join an existing project")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: decided.decision!.mergeWith! })).toHaveAttribute(
      "href",
      decided.decision!.mergeWith,
    );
    await user.click(
      screen.getByRole("button", { name: "Download the report as CSV (spreadsheet)" }),
    );
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1));
    expect(onExport.mock.calls[0]![0]).toMatchObject({ type: expect.stringMatching(/^text\/csv/) });
  });

  it("links the exports to the server when it is given", async () => {
    const { wrap } = setup("agent");
    render(wrap(<DeminingReport checkId={open.id} serverUrl="https://idees.example.fr" />));
    expect(
      await screen.findByRole("link", { name: "Télécharger le rapport au format Markdown" }),
    ).toHaveAttribute(
      "href",
      `https://idees.example.fr/boxes/demo/checks/${open.id}/report.md?locale=fr`,
    );
  });
});

describe("Demineur", () => {
  it("goes from the list to a check's page and focuses its title", async () => {
    const { wrap } = setup("agent");
    const user = userEvent.setup();
    render(wrap(<Demineur />));
    await user.click(await screen.findByRole("button", { name: open.title }));
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(open.title));
    expect(await screen.findByRole("heading", { name: "Rapport de déminage" })).toBeInTheDocument();
    // Agents have no "open a check" button; leads do.
    expect(screen.queryByRole("button", { name: "Ouvrir une consultation" })).toBeNull();
  });
});

describe("a check's idea", () => {
  it("lets a moderator make an idea of the project, then names the linked idea", async () => {
    const { wrap } = setup("moderator");
    const user = userEvent.setup();
    render(wrap(<Demineur initialView={{ name: "check", id: open.id }} />));
    await user.click(
      await screen.findByRole("button", { name: "Faire de ce projet une idée de la boîte" }),
    );
    expect(await screen.findByText(`Idée liée : ${open.title}`)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/devenu une idée/));
  });

  it("offers nothing to an agent", async () => {
    const { wrap } = setup("agent");
    render(wrap(<Demineur initialView={{ name: "check", id: open.id }} />));
    await screen.findByRole("heading", { name: open.title });
    expect(screen.queryByRole("button", { name: /Faire de ce projet une idée/ })).toBeNull();
  });
});

describe("Demineur focus", () => {
  it("moves focus on navigation only, not when the box is fetched again while someone types", async () => {
    const { wrap, store } = setup("agent");
    const user = userEvent.setup();
    render(wrap(<Demineur />));
    await user.click(await screen.findByRole("button", { name: open.title }));
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(open.title));
    const ground = await screen.findByLabelText(/Que se passe-t-il aujourd’hui/);
    await user.click(ground);
    await store.fetchBox(true);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await user.keyboard("Sur papier.");
    expect(document.activeElement).toBe(ground);
    expect(ground).toHaveValue("Sur papier.");
  });
});
