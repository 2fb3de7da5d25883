// The workshop hooks and components against a real @communs/sonar-server (PGlite in memory),
// started in this process by scripts/workshop-test-server.mjs.
import { aggregate, compare, localize } from "@communs/sonar";
import { exampleAnswers, generatedTeam } from "@communs/sonar/examples";
import { innovation } from "@communs/sonar/editions/innovation";
import { createWorkshopClient, type Workshop, type WorkshopClient } from "@communs/sonar/workshop";
import { act, render, renderHook, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorkshopTestServer } from "../../scripts/workshop-test-server.mjs";
import { useWorkshopParticipant, type ParticipantStorage } from "./use-workshop-participant";
import { WorkshopBoard } from "./workshop-board";
import { WorkshopCompare } from "./workshop-compare";
import { WorkshopCreate } from "./workshop-create";
import { WorkshopParticipant } from "./workshop-participant";

let server: Awaited<ReturnType<typeof startWorkshopTestServer>>;

// PGlite takes a few seconds to start on a busy machine.
beforeAll(async () => {
  server = await startWorkshopTestServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

async function facilitator(id = "ana"): Promise<WorkshopClient> {
  const client = createWorkshopClient({
    baseUrl: server.url,
    headers: { "x-test-user": id },
    retries: 0,
  });
  await client.request("session");
  return client;
}

const participantClient = () => createWorkshopClient({ baseUrl: server.url, retries: 0 });

function memoryStorage(): ParticipantStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

async function newWorkshop(client: WorkshopClient, title = "Équipe test"): Promise<Workshop> {
  return client.request("createWorkshop", { body: { title, edition: "innovation" } });
}

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

describe("WorkshopCreate", () => {
  it("lists every problem of an uploaded definition, grouped, in French", async () => {
    const user = userEvent.setup();
    const client = await facilitator();
    const { container } = render(<WorkshopCreate client={client} locale="fr" />);
    await user.click(screen.getByRole("radio", { name: "Ma propre définition (fichier JSON)" }));
    const broken = structuredClone(innovation) as unknown as {
      questions: { prompt: Record<string, string> }[];
      scoring: { hybridSpread: number };
    };
    for (const question of broken.questions.slice(0, 2)) question.prompt = { fr: "Seul" };
    broken.scoring.hybridSpread = 2;
    const file = new File([JSON.stringify(broken)], "mon-edition.json", {
      type: "application/json",
    });
    await user.upload(screen.getByLabelText("Fichier de définition (JSON)"), file);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("3 problèmes dans « mon-edition.json » :");
    expect(alert).toHaveTextContent("/questions/*/prompt/en : traduction manquante (en) (2 fois)");
    expect(alert).toHaveTextContent("/scoring/hybridSpread : nombre trop grand (2) : 1 au plus");
    await expectNoAxeViolations(container);

    const malformed = new File(['{\n  "format": 1,\n}'], "cassé.json", {
      type: "application/json",
    });
    await user.upload(screen.getByLabelText("Fichier de définition (JSON)"), malformed);
    expect(
      await screen.findByText(/JSON illisible ligne 3, colonne 1 : « } » inattendu/),
    ).toBeInTheDocument();
  });

  it("creates a workshop for a shipped edition and shows its code, link and QR code", async () => {
    const user = userEvent.setup();
    const client = await facilitator();
    let opened: Workshop | null = null;
    render(
      <WorkshopCreate
        client={client}
        locale="en"
        onOpenBoard={(workshop) => (opened = workshop)}
      />,
    );
    await screen.findByRole("combobox", { name: "Edition" });
    await user.type(screen.getByLabelText("Workshop name"), "Social services, March");
    await user.keyboard("{Enter}");
    const heading = await screen.findByRole("heading", {
      name: "Workshop “Social services, March” created.",
    });
    expect(heading).toHaveFocus();
    const code = document.querySelector(".communs-sonar-workshop-code")!.textContent!;
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect((screen.getByLabelText("Link to join") as HTMLInputElement).value).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1/sonar/.*${code}$`),
    );
    expect(screen.getByRole("img", { name: /QR code of the link to join/ })).toHaveAttribute(
      "src",
      expect.stringMatching(/^data:image\/svg\+xml/),
    );
    await user.click(screen.getByRole("button", { name: "Open the workshop board" }));
    expect(opened!.code).toBe(code);
  });

  it("says what is missing beside the field when nothing was given", async () => {
    const user = userEvent.setup();
    render(<WorkshopCreate client={await facilitator()} locale="fr" />);
    await screen.findByRole("combobox", { name: "Édition" });
    await user.click(screen.getByRole("button", { name: "Créer l'atelier" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Donnez un nom à l'atelier.");
    expect(screen.getByLabelText("Nom de l'atelier")).toHaveAttribute("aria-invalid", "true");
    await user.type(screen.getByLabelText("Nom de l'atelier"), "A");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says the facilitator must sign in when the server does not know them", async () => {
    const user = userEvent.setup();
    render(<WorkshopCreate client={participantClient()} locale="fr" />);
    await screen.findByRole("combobox", { name: "Édition" });
    await user.type(screen.getByLabelText("Nom de l'atelier"), "Sans compte");
    await user.click(screen.getByRole("button", { name: "Créer l'atelier" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Connectez-vous pour animer un atelier.",
    );
  });
});

describe("WorkshopBoard", () => {
  it("changes live as participants answer, and closes and reopens the workshop", async () => {
    const user = userEvent.setup();
    const client = await facilitator();
    const workshop = await newWorkshop(client, "Tableau en direct");
    const { container } = render(
      <WorkshopBoard client={client} workshopId={workshop.id} locale="fr" />,
    );
    expect(await screen.findByText("En direct")).toBeInTheDocument();
    expect(screen.getByText("Aucune réponse pour l'instant")).toBeInTheDocument();

    for (const nickname of ["Alex", "Sam"]) {
      const participant = participantClient();
      const joined = await participant.request("join", {
        params: { code: workshop.code },
        body: { nickname },
      });
      participant.participantToken = joined.participantToken;
      await participant.request("submitResponse", {
        params: { code: workshop.code },
        body: { answers: exampleAnswers },
      });
    }
    expect(await screen.findByText("2 réponses", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Vue d'équipe" })).toBeInTheDocument();
    expect(screen.getByText(/L'équipe diverge le plus sur/)).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Répartition des styles" })).toBeInTheDocument();
    expect(screen.getByText("Alex")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Synthèse (CSV)" })).toHaveAttribute(
      "href",
      `${server.url}/sonar/workshops/${workshop.id}/summary.csv?locale=fr`,
    );
    await expectNoAxeViolations(container);

    await user.click(await screen.findByRole("button", { name: "Fermer l'atelier" }));
    expect(
      await screen.findByText("Atelier fermé : plus aucune réponse n'est reçue."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Rouvrir l'atelier" }));
    expect(
      await screen.findByText("Atelier ouvert : les réponses sont reçues."),
    ).toBeInTheDocument();
  });

  it("says when the connection is lost and keeps the last board shown", async () => {
    const own = await startWorkshopTestServer();
    const client = createWorkshopClient({
      baseUrl: own.url,
      headers: { "x-test-user": "ana" },
      retries: 0,
    });
    await client.request("session");
    const workshop = await client.request("createWorkshop", {
      body: { title: "Coupure", edition: "innovation" },
    });
    const { container } = render(
      <WorkshopBoard client={client} workshopId={workshop.id} locale="en" />,
    );
    expect(await screen.findByText("Live")).toBeInTheDocument();
    await own.close();
    expect(
      await screen.findByText(
        /^Connection lost: trying again\. The board shown is from /,
        {},
        {
          timeout: 10_000,
        },
      ),
    ).toBeInTheDocument();
    expect(container.querySelector("[data-connection='reconnecting']")).not.toBeNull();
    expect(container.querySelector("[data-stale]")).not.toBeNull();
    expect(screen.getByText("No answers yet")).toBeInTheDocument();
  }, 60_000);

  it("shows a recorded board without a connection", () => {
    const board = {
      workshopId: "w1",
      code: "ABC234",
      title: "Enregistré",
      status: "closed" as const,
      seq: 3,
      participants: 3,
      respondents: 0,
      nicknames: [],
      summary: { respondents: 0, styles: {}, stages: {}, axes: [], disagreement: [] },
      updatedAt: "2027-03-01T10:00:00.000Z",
      erasedAt: null,
    };
    render(
      <WorkshopBoard
        client={participantClient()}
        workshopId="w1"
        initialBoard={board}
        definition={innovation}
        live={false}
        readOnly
        locale="en"
      />,
    );
    expect(screen.getByText("No answers yet")).toBeInTheDocument();
    expect(screen.getByText("(3 participants)")).toBeInTheDocument();
    expect(screen.getByText("Board stopped.")).toBeInTheDocument();
    expect(screen.queryByRole("button")).toBeNull();
  });
});

async function answer(workshop: Workshop, answers = exampleAnswers): Promise<void> {
  const participant = participantClient();
  const joined = await participant.request("join", { params: { code: workshop.code }, body: {} });
  participant.participantToken = joined.participantToken;
  await participant.request("submitResponse", {
    params: { code: workshop.code },
    body: { answers },
  });
}

describe("WorkshopBoard: compare and delete", () => {
  it("compares with another workshop of the same edition, the earlier one as before", async () => {
    const user = userEvent.setup();
    const client = await facilitator("cleo");
    const before = await newWorkshop(client, "Solidarités, mars");
    await client.request("createWorkshop", { body: { title: "Autre", edition: "resilience" } });
    const after = await newWorkshop(client, "Solidarités, juin");
    await answer(before);
    await answer(after, { ...exampleAnswers, risk: 1 });
    const { container } = render(
      <WorkshopBoard client={client} workshopId={after.id} definition={innovation} locale="fr" />,
    );
    const select = await screen.findByRole("combobox", { name: "Atelier à comparer" });
    // Only the workshops of the same edition: not this one, not the resilience one.
    expect(Array.from((select as HTMLSelectElement).options, (option) => option.value)).toEqual([
      before.id,
    ]);
    await user.click(screen.getByRole("button", { name: "Comparer" }));
    const heading = await screen.findByRole("heading", {
      name: /^Avant : « Solidarités, mars » \(.+\)\. Après : « Solidarités, juin » \(.+\)\.$/,
    });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/Réponses : 1 avant, 1 après\./)).toBeInTheDocument();
    const axes = screen.getByRole("table", { name: "Moyenne de l'équipe par axe" });
    expect(axes.querySelectorAll("tbody tr")).toHaveLength(innovation.axes.length);
    expect(axes).toHaveTextContent(/[+−-]\d+ points?|inchangé/);
    expect(screen.getByRole("table", { name: "Part de chaque style" })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it("says there is nothing to compare against a workshop without responses", async () => {
    const user = userEvent.setup();
    const client = await facilitator("finn");
    await newWorkshop(client, "Empty so far");
    const answered = await newWorkshop(client, "Answered");
    await answer(answered);
    render(<WorkshopBoard client={client} workshopId={answered.id} locale="en" />);
    await screen.findByRole("combobox", { name: "Workshop to compare with" });
    await user.click(screen.getByRole("button", { name: "Compare" }));
    expect(
      await screen.findByText("“Empty so far” has no responses yet: nothing to compare for now."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "The team's mean per axis" })).toBeNull();
  });

  it("shows a recorded comparison as tables with captions, changes in words", async () => {
    const before = aggregate(generatedTeam(innovation, 6, 3).results);
    const after = aggregate(generatedTeam(innovation, 8, 4).results);
    const side = (id: string, summary: typeof before) => ({
      id,
      title: id,
      createdAt: "2027-03-04T09:00:00.000Z",
      summary,
    });
    const { container } = render(
      <WorkshopCompare
        client={participantClient()}
        workshopId="after"
        enabled={false}
        initialComparison={{
          before: side("March", before),
          after: side("June", after),
          comparison: compare(before, after),
        }}
        definition={innovation}
        locale="en"
      />,
    );
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.getByRole("heading", { level: 4 })).not.toHaveFocus();
    expect(screen.getByText(/^Responses: 6 before, 8 after\./)).toBeInTheDocument();
    const axes = screen.getByRole("table", { name: "The team's mean per axis" });
    const rows = within(axes).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent).sort()).toEqual(
      innovation.axes.map((axis) => localize(axis.label, "en")).sort(),
    );
    expect(rows[0]).toHaveTextContent(/\d+%\d+%([+-]\d+ points?|unchanged)$/);
    expect(screen.getByRole("table", { name: "Share of each stage" })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it("says when no other workshop uses the edition", async () => {
    const client = await facilitator("dora");
    const workshop = await newWorkshop(client, "Seul");
    render(<WorkshopBoard client={client} workshopId={workshop.id} locale="en" />);
    expect(
      await screen.findByText(
        "None of your other workshops uses this edition: create a second one to compare.",
      ),
    ).toBeInTheDocument();
  });

  it("deletes the workshop and its responses after a confirmation, by keyboard", async () => {
    const user = userEvent.setup();
    const client = await facilitator("eli");
    const workshop = await newWorkshop(client, "À effacer");
    await answer(workshop);
    let deleted = 0;
    const { container } = render(
      <WorkshopBoard
        client={client}
        workshopId={workshop.id}
        locale="fr"
        onDeleted={() => deleted++}
      />,
    );
    await screen.findByText("1 réponse", {}, { timeout: 5000 });
    const trigger = screen.getByRole("button", { name: "Supprimer l'atelier" });
    trigger.focus();
    await user.keyboard("{Enter}");
    const confirmation = screen.getByRole("group", {
      name: "Supprimer l'atelier « À effacer » et ses réponses ?",
    });
    expect(confirmation).toHaveFocus();
    expect(confirmation).toHaveAccessibleDescription(
      "Sa réponse sera effacée aussi. La suppression est définitive.",
    );
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    await expectNoAxeViolations(container);
    // Escape cancels and gives the focus back; nothing was deleted.
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group")).toBeNull();
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute("aria-expanded", "false");

    await user.keyboard("{Enter}");
    await user.tab();
    expect(screen.getByRole("button", { name: "Supprimer définitivement" })).toHaveFocus();
    await user.keyboard("{Enter}");
    const notice = await screen.findByText(
      "L'atelier « À effacer » et ses réponses ont été supprimés.",
    );
    expect(notice).toHaveFocus();
    expect(deleted).toBe(1);
    expect(screen.queryByRole("button", { name: "Fermer l'atelier" })).toBeNull();
    expect(screen.queryByText("1 réponse")).toBeNull();
    await expect(
      client.request("getWorkshop", { params: { id: workshop.id } }),
    ).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("useWorkshopParticipant", () => {
  it("joins, sends answers, and is the same participant after a refresh", async () => {
    const client = await facilitator();
    const workshop = await newWorkshop(client);
    const storage = memoryStorage();
    const firstClient = participantClient();
    const first = renderHook(() =>
      useWorkshopParticipant({ client: firstClient, code: workshop.code, storage }),
    );
    await act(() => first.result.current.join());
    expect(first.result.current.step).toBe("quiz");
    expect(first.result.current.info?.definition.edition.id).toBe("innovation");
    await act(() => first.result.current.submit(exampleAnswers));
    expect(first.result.current.response?.shareCode).toMatch(/^innovation~/);
    expect(first.result.current.response?.result?.style.style).toBe("human-sciences");
    const sent = first.result.current.response!.answers;
    first.unmount();

    // A refresh: the kept token joins again at once, with the answers already sent.
    const againClient = participantClient();
    const again = renderHook(() =>
      useWorkshopParticipant({ client: againClient, code: workshop.code, storage }),
    );
    await waitFor(() => expect(again.result.current.step).toBe("quiz"));
    expect(again.result.current.participation?.resumed).toBe(true);
    expect(again.result.current.response?.answers).toEqual(sent);
    await act(() => again.result.current.submit({ ...exampleAnswers, risk: 1 }));
    const board = await client.request("getBoard", { params: { id: workshop.id } });
    expect(board.respondents).toBe(1);
  });

  it("keeps the answers and says so when the workshop is closed", async () => {
    const client = await facilitator();
    const workshop = await newWorkshop(client);
    const participantSide = participantClient();
    const participant = renderHook(() =>
      useWorkshopParticipant({ client: participantSide, code: workshop.code, storage: null }),
    );
    await act(() => participant.result.current.join());
    await client.request("closeWorkshop", { params: { id: workshop.id } });
    await act(() => participant.result.current.submit(exampleAnswers));
    expect(participant.result.current.unsent).toEqual(exampleAnswers);
    expect(participant.result.current.error).toMatchObject({ code: "workshop-closed" });
  });

  it("refuses a code that cannot be one before asking the server", async () => {
    const user = userEvent.setup();
    render(<WorkshopParticipant client={participantClient()} storage={null} locale="fr" />);
    await user.type(screen.getByLabelText("Code de l'atelier"), "abc");
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Ce code ne peut pas être celui d'un atelier : six lettres ou chiffres.",
    );
    expect(screen.getByLabelText("Code de l'atelier")).toHaveAttribute("aria-invalid", "true");
  });

  it("joins from the form with a nickname and shows the quiz", async () => {
    const user = userEvent.setup();
    const client = await facilitator();
    const workshop = await newWorkshop(client, "Formulaire");
    const { container } = render(
      <WorkshopParticipant client={participantClient()} storage={null} locale="fr" />,
    );
    await expectNoAxeViolations(container);
    await user.type(screen.getByLabelText("Code de l'atelier"), workshop.code.toLowerCase());
    await user.type(screen.getByLabelText("Pseudonyme (facultatif)"), "Camille");
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Vous participez à « Formulaire ».")).toBeInTheDocument();
    expect(screen.getByText(/^Question 1 sur \d+$/)).toBeInTheDocument();
    const board = await client.request("getBoard", { params: { id: workshop.id } });
    expect(board.participants).toBe(1);
  });
});
