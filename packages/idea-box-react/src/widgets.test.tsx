import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  CommentThread,
  IdeaBoxProvider,
  IdeaCard,
  IdeaDetail,
  IdeaForm,
  IdeaList,
  ModerationQueue,
  MyData,
  StatusBadge,
  StatusChangeForm,
} from "./index";
import { createMockIdeaBoxStore, makeMockIdeas, type MockOptions } from "./testing";

const xss = [
  `<img src=x onerror="window.__pwned=1">`,
  `<script>window.__pwned=1</script>`,
  `"><svg onload=window.__pwned=1>`,
  `javascript:window.__pwned=1`,
];

function setup(options: MockOptions = {}, locale: "fr" | "en" = "fr") {
  const { server, store, storage } = createMockIdeaBoxStore(options);
  const wrap = (ui: React.ReactNode) => (
    <IdeaBoxProvider box="demo" store={store} locale={locale}>
      {ui}
    </IdeaBoxProvider>
  );
  return { server, store, storage, wrap };
}

describe("StatusBadge", () => {
  it("shows the label as text, not colour alone", () => {
    render(<StatusBadge status="not_retained" label="Non retenue" />);
    expect(screen.getByText(/Non retenue/)).toBeInTheDocument();
  });
});

describe("IdeaList", () => {
  it("lists ideas, filters by search and announces the count", async () => {
    const { wrap } = setup({ ideas: makeMockIdeas(8) });
    const user = userEvent.setup();
    render(wrap(<IdeaList />));
    expect(
      await screen.findByText("Des salles de réunion réservables en ligne"),
    ).toBeInTheDocument();
    await user.type(screen.getByRole("searchbox", { name: "Rechercher" }), "covoiturage");
    await waitFor(() => expect(screen.getAllByRole("article")).toHaveLength(1), { timeout: 2000 });
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("1 idée affichée."));
  });

  it("filters my ideas and supported ideas on the loaded page", async () => {
    const { wrap } = setup({ ideas: makeMockIdeas(8) });
    const user = userEvent.setup();
    render(wrap(<IdeaList />));
    await screen.findAllByRole("article");
    await user.click(screen.getByRole("checkbox", { name: "Mes idées" }));
    const expected = makeMockIdeas(8).filter((idea) => idea.mine).length;
    expect(screen.getAllByRole("article")).toHaveLength(expected);
  });

  it("virtualises a long list: renders far fewer cards than ideas", () => {
    const { wrap } = setup();
    const items = makeMockIdeas(2000);
    // jsdom has no layout: give the scroll box a size, as a browser would.
    for (const [name, value] of [
      ["offsetHeight", 640],
      ["offsetWidth", 800],
      ["clientHeight", 640],
      ["clientWidth", 800],
    ] as const) {
      Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
      onTestFinished(() => void Reflect.deleteProperty(HTMLElement.prototype, name));
    }
    render(wrap(<IdeaList items={items} />));
    const cards = screen.getAllByRole("article");
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThan(50);
    expect(screen.getAllByRole("listitem")[0]).toHaveAttribute("aria-setsize", "2000");
  });

  it("says when nothing matches and when the server is down, with a retry", async () => {
    const { wrap, server } = setup({ ideas: [] });
    render(wrap(<IdeaList />));
    expect(
      await screen.findByText("Aucune idée ne correspond à ces critères."),
    ).toBeInTheDocument();
    const other = setup();
    other.server.setOffline(true);
    render(other.wrap(<IdeaList />));
    expect(await screen.findByText(/Le serveur est injoignable/)).toBeInTheDocument();
    // Nothing was typed in a list: no word about a kept text.
    expect(screen.queryByText(/Votre texte est gardé/)).toBeNull();
    other.server.setOffline(false);
    await userEvent.setup().click(screen.getByRole("button", { name: "Réessayer" }));
    expect(await screen.findAllByRole("article")).not.toHaveLength(0);
    expect(server.calls.length).toBeGreaterThan(0);
  });
});

describe("IdeaCard and support", () => {
  it("supports with aria-pressed and rolls back on failure with an alert", async () => {
    const { wrap, server, store } = setup();
    const idea = makeMockIdeas(6).find((item) => !item.supportedByMe)!;
    await store.fetchIdea(idea.id);
    const user = userEvent.setup();
    render(wrap(<IdeaCard idea={idea} />));
    server.failWith("support", "blocked");
    const button = screen.getByRole("button", { name: /Soutenir/ });
    expect(button).toHaveAttribute("aria-pressed", "false");
    await user.click(button);
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(/bloqué/));
    expect(button).toHaveAttribute("aria-pressed", "false");
    server.failWith("support", null);
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute("aria-pressed", "true"));
  });
});

describe("IdeaForm", () => {
  it("lists every invalid field and focuses the summary", async () => {
    const { wrap } = setup();
    const user = userEvent.setup();
    render(wrap(<IdeaForm />));
    await user.click(screen.getByRole("button", { name: "Publier l’idée" }));
    expect(
      await screen.findByText(/Corrigez les 2 erreurs/, {
        selector: ".communs-idea-box-summary p",
      }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toHaveClass("communs-idea-box-summary"));
    expect(screen.getByLabelText("Titre")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Quel problème constatez-vous ?")).toHaveAttribute(
      "aria-invalid",
      "true",
    );
  });

  it("suggests similar ideas as the title is typed", async () => {
    const { wrap } = setup();
    const user = userEvent.setup();
    render(wrap(<IdeaForm similarDelayMs={10} />));
    await user.type(screen.getByLabelText("Titre"), "covoiturage entre agents");
    expect(
      await screen.findByRole("heading", { name: "Des idées proches existent déjà" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: /Soutenir plutôt « Un covoiturage entre agents/ }),
    ).toBeInTheDocument();
  });

  // Much typing through user-event in jsdom: seconds on a loaded machine, so a longer timeout.
  it(
    "keeps the text when the server is down, restores it after a reload, and posts once",
    { timeout: 20_000 },
    async () => {
      const { wrap, server, store } = setup();
      const user = userEvent.setup();
      const first = render(wrap(<IdeaForm similarDelayMs={5000} />));
      await screen.findByRole("option", { name: "Service public rendu aux usagers" });
      await user.type(screen.getByLabelText("Titre"), "Des fontaines à eau dans les halls");
      await user.type(
        screen.getByLabelText("Quel problème constatez-vous ?"),
        "Les usagers attendent longtemps sans pouvoir boire.",
      );
      server.setOffline(true);
      await user.click(screen.getByRole("button", { name: "Publier l’idée" }));
      await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(/injoignable/));
      // One sentence for what happened, one for the draft: never the same sentence twice.
      for (const said of [
        screen.getByRole("alert").textContent!,
        document.querySelector(".communs-idea-box-problem")!.textContent!,
      ]) {
        expect(said.match(/Le serveur est injoignable\./g)).toHaveLength(1);
        expect(said).toContain("Votre texte est gardé sur cet appareil");
      }
      expect(screen.getByLabelText("Titre")).toHaveValue("Des fontaines à eau dans les halls");
      first.unmount();
      render(wrap(<IdeaForm similarDelayMs={5000} />));
      expect(screen.getByLabelText("Titre")).toHaveValue("Des fontaines à eau dans les halls");
      expect(screen.getByText("Votre brouillon a été restauré.")).toBeInTheDocument();
      server.setOffline(false);
      await user.click(screen.getByRole("button", { name: "Publier l’idée" }));
      await waitFor(() => expect(screen.getByLabelText("Titre")).toHaveValue(""));
      expect(
        [...server.ideas.values()].filter((idea) => idea.title.startsWith("Des fontaines")),
      ).toHaveLength(1);
      expect(store.drafts.load("new-idea")).toBeNull();
    },
  );

  it("speaks English", () => {
    const { wrap } = setup({}, "en");
    render(wrap(<IdeaForm />));
    expect(screen.getByRole("heading", { name: "Suggest an idea" })).toBeInTheDocument();
  });
});

describe("IdeaDetail, comments and moderation", () => {
  it("shows the official response and history, follows and comments", async () => {
    const { wrap } = setup();
    const idea = makeMockIdeas(6).find((item) => item.status === "not_retained")!;
    const user = userEvent.setup();
    render(wrap(<IdeaDetail id={idea.id} />));
    expect(await screen.findByRole("heading", { name: "Réponse officielle" })).toBeInTheDocument();
    expect(screen.getByText(/réexaminerons en 2027/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Suivre" }));
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Ne plus suivre" })).toHaveAttribute(
        "aria-pressed",
        "true",
      ),
    );
    await user.type(
      screen.getByLabelText("Votre commentaire"),
      "Bonne idée, à tester au printemps.",
    );
    await user.click(screen.getByRole("button", { name: "Envoyer" }));
    expect(await screen.findByText("Bonne idée, à tester au printemps.")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Changer le statut" })).toBeNull();
  });

  it("lets a moderator change the status, requiring a response for 'not retained'", async () => {
    const { wrap, server } = setup({ role: "moderator" });
    const idea = makeMockIdeas(6)[0]!;
    const user = userEvent.setup();
    render(wrap(<IdeaDetail id={idea.id} />));
    await screen.findByRole("heading", { name: "Changer le statut" });
    await user.selectOptions(screen.getByLabelText("Nouveau statut"), "not_retained");
    await user.click(screen.getByRole("button", { name: "Enregistrer le statut" }));
    expect(
      await screen.findByText("Ce statut demande une réponse publique.", {
        selector: ".communs-idea-box-error",
      }),
    ).toBeInTheDocument();
    await user.type(
      screen.getByLabelText(/Réponse officielle/),
      "Hors du périmètre de la direction.",
    );
    await user.click(screen.getByRole("button", { name: "Enregistrer le statut" }));
    await waitFor(() => expect(server.ideas.get(idea.id)?.status).toBe("not_retained"));
    expect(
      await screen.findByText("Hors du périmètre de la direction.", { selector: "p" }),
    ).toBeInTheDocument();
  });

  it("offers no retired status, except the one the idea already has", () => {
    const { wrap } = setup({ role: "moderator" });
    const statuses = [
      { key: "submitted", label: "Déposée", requiresReason: false },
      { key: "studied", label: "À l’étude", requiresReason: false, retired: true },
      { key: "done", label: "Réalisée", requiresReason: false },
      { key: "frozen", label: "Gelée", requiresReason: false, retired: true },
    ] as never;
    const options = (status: string) => {
      const view = render(
        wrap(<StatusChangeForm idea={{ id: "x", status }} statuses={statuses} />),
      );
      const names = within(view.container)
        .getAllByRole("option")
        .map((option) => option.textContent);
      view.unmount();
      return names;
    };
    expect(options("submitted")).toEqual(["Déposée", "Réalisée"]);
    expect(options("frozen")).toEqual(["Déposée", "Réalisée", "Gelée"]);
  });

  it("moderation queue hides a reported idea with a reason", async () => {
    const { wrap, server, store } = setup({ role: "moderator" });
    const idea = makeMockIdeas(6)[1]!;
    await store.client.request("reportIdea", {
      params: { box: "demo", id: idea.id },
      body: { reason: "spam" },
    });
    const user = userEvent.setup();
    render(wrap(<ModerationQueue />));
    await screen.findByText("Spam · 1 signalement");
    await user.type(screen.getByLabelText(/Motif/), "Publicité pour un produit");
    await user.click(screen.getByRole("button", { name: "Masquer" }));
    await waitFor(() => expect(server.ideas.get(idea.id)?.hidden).toBe(true));
  });

  it("my data downloads the export and erases only after confirmation", async () => {
    const { wrap, server } = setup();
    const exported: unknown[] = [];
    const user = userEvent.setup();
    render(wrap(<MyData onExport={(data) => exported.push(data)} />));
    await user.click(screen.getByRole("button", { name: "Télécharger mes données (JSON)" }));
    await waitFor(() => expect(exported).toHaveLength(1));
    await user.click(screen.getByRole("button", { name: "Supprimer mon compte" }));
    expect(server.calls.some((call) => call.name === "eraseMe")).toBe(false);
    await user.click(screen.getByRole("checkbox"));
    await user.click(screen.getByRole("button", { name: "Supprimer mon compte" }));
    expect(await screen.findByText("Votre compte est supprimé.")).toBeInTheDocument();
  });
});

describe("XSS payloads stay inert text", () => {
  it.each(xss)("in titles, texts and comments: %s", async (payload) => {
    const [base] = makeMockIdeas(1);
    const idea = {
      ...base!,
      title: payload,
      problem: payload,
      solution: payload,
      concerned: payload,
    };
    const { wrap } = setup({
      ideas: [idea],
      comments: [
        {
          id: "50000000-0000-4000-8000-000000000001",
          ideaId: idea.id,
          parentId: null,
          body: payload,
          author: { displayName: payload },
          mine: false,
          hidden: false,
          createdAt: idea.createdAt,
        },
      ],
    });
    const { container } = render(
      wrap(
        <>
          <IdeaList />
          <IdeaDetail id={idea.id} />
        </>,
      ),
    );
    await screen.findAllByText(payload, { exact: false });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(container.querySelector("img, script, svg, iframe, [onerror], [onload]")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(within(container).getAllByText(payload, { exact: false }).length).toBeGreaterThan(2);
  });
});

describe("CommentThread", () => {
  it("answers a comment in a second level", async () => {
    const idea = makeMockIdeas(1)[0]!;
    const { wrap } = setup({
      ideas: [idea],
      comments: [
        {
          id: "50000000-0000-4000-8000-000000000002",
          ideaId: idea.id,
          parentId: null,
          body: "Premier avis",
          author: { displayName: "Lou" },
          mine: false,
          hidden: false,
          createdAt: idea.createdAt,
        },
      ],
    });
    const user = userEvent.setup();
    render(wrap(<CommentThread ideaId={idea.id} />));
    await user.click(await screen.findByRole("button", { name: "Répondre" }));
    await user.type(screen.getByLabelText("Votre réponse à Lou"), "D’accord avec vous");
    await user.click(screen.getAllByRole("button", { name: "Envoyer" })[0]!);
    expect(await screen.findByText("D’accord avec vous")).toBeInTheDocument();
  });
});
