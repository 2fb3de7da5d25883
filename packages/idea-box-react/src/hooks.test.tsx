import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import {
  IdeaBoxProvider,
  ideaKey,
  listKey,
  useIdeaForm,
  useIdeaList,
  useStoreSelector,
} from "./index";
import { useQuery } from "./use-query";
import { createMockIdeaBoxStore, makeMockIdeas } from "./testing";

function setup() {
  const { server, store } = createMockIdeaBoxStore({ ideas: makeMockIdeas(8) });
  const wrap = (ui: ReactNode) => (
    <IdeaBoxProvider box="demo" store={store}>
      {ui}
    </IdeaBoxProvider>
  );
  return { server, store, wrap };
}

describe("subscriptions by selector", () => {
  it("re-renders a widget only for the query it reads", async () => {
    const { store, wrap } = setup();
    const ideas = makeMockIdeas(8);
    const renders = { idea: 0, pending: 0 };
    function OneIdea({ id }: { id: string }) {
      renders.idea++;
      const idea = useQuery(ideaKey(id), (force) => store.fetchIdea(id, force));
      return <p>{idea.data?.title ?? "…"}</p>;
    }
    function Pending() {
      renders.pending++;
      const busy = useStoreSelector((state) => Boolean(state.pending["create-idea"]));
      return <p>{busy ? "busy" : "idle"}</p>;
    }
    render(
      wrap(
        <>
          <OneIdea id={ideas[0]!.id} />
          <Pending />
        </>,
      ),
    );
    await screen.findByText(ideas[0]!.title);
    const before = { ...renders };
    // Other queries come and go: neither widget reads them.
    await act(async () => {
      await store.fetchList({ sort: "recent" });
      await store.fetchList({ sort: "supported" });
      await store.fetchIdea(ideas[1]!.id);
    });
    expect(store.query(listKey({ sort: "supported" })).status).toBe("success");
    expect(renders).toEqual(before);
    // The idea it reads changes: only that widget renders again.
    await act(async () => void (await store.toggleSupport(ideas[0]!.id)));
    expect(renders.idea).toBeGreaterThan(before.idea);
    expect(renders.pending).toBe(before.pending);
  });
});

describe("behaviour hooks under another design system's markup", () => {
  it("useIdeaForm: checks, posts once and clears, with the integrator's own fields", async () => {
    const { server, wrap } = setup();
    const posted: string[] = [];
    function DsfrForm() {
      const form = useIdeaForm({ onPosted: (idea) => posted.push(idea.title) });
      return (
        <form {...form.getFormProps()}>
          <h2 id={form.headingId}>Proposer</h2>
          <div ref={form.summaryRef} tabIndex={-1}>
            {form.errorCount > 0 && <p>{form.errorCount} champ(s) à corriger</p>}
          </div>
          <div className="fr-input-group">
            <label className="fr-label" {...form.getLabelProps("title")}>
              Intitulé
            </label>
            <input className="fr-input" {...form.getFieldProps("title")} />
            {form.errors.title && <p {...form.getErrorProps("title")}>{form.errors.title}</p>}
          </div>
          <label {...form.getLabelProps("problem")}>Constat</label>
          <textarea {...form.getFieldProps("problem")} />
          <button className="fr-btn" {...form.getSubmitProps()}>
            Envoyer
          </button>
        </form>
      );
    }
    const user = userEvent.setup();
    render(wrap(<DsfrForm />));
    await user.type(screen.getByLabelText("Intitulé"), "Abc");
    await user.click(screen.getByRole("button", { name: "Envoyer" }));
    expect(await screen.findByText("2 champ(s) à corriger")).toBeInTheDocument();
    const title = screen.getByLabelText("Intitulé");
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title.getAttribute("aria-describedby")).toContain(screen.getByText(/au moins 5/).id);
    await user.clear(title);
    await user.type(title, "Des bancs devant la médiathèque");
    await user.type(screen.getByLabelText("Constat"), "On attend debout l’ouverture.");
    await waitFor(() => expect(server.calls.some((c) => c.name === "getBox")).toBe(true));
    await user.click(screen.getByRole("button", { name: "Envoyer" }));
    await waitFor(() => expect(posted).toEqual(["Des bancs devant la médiathèque"]));
    expect(screen.getByLabelText("Intitulé")).toHaveValue("");
    expect(server.calls.filter((c) => c.name === "createIdea")).toHaveLength(1);
  });

  it("useIdeaList: given ideas, searched at each keystroke, sorted, in the integrator's list", async () => {
    const { wrap } = setup();
    const items = makeMockIdeas(8);
    function GovukList() {
      const list = useIdeaList({ items });
      return (
        <div>
          <label {...list.getSearchLabelProps()}>Chercher</label>
          <input {...list.getSearchProps()} />
          <label {...list.getChoiceLabelProps("sort")}>Trier</label>
          <select {...list.getChoiceProps("sort")}>
            {list.choices.sort.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <ul className="govuk-list">
            {list.shown.map((idea) => (
              <li key={idea.id}>{idea.title}</li>
            ))}
          </ul>
        </div>
      );
    }
    const user = userEvent.setup();
    render(wrap(<GovukList />));
    expect(screen.getAllByRole("listitem")).toHaveLength(8);
    const word = items[3]!.title.split(" ").find((w) => w.length > 6)!;
    await user.type(screen.getByLabelText("Chercher"), word.toUpperCase());
    const found = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(found).toContain(items[3]!.title);
    expect(found.length).toBeLessThan(8);
    await user.clear(screen.getByLabelText("Chercher"));
    await user.selectOptions(screen.getByLabelText("Trier"), "supported");
    const counts = screen
      .getAllByRole("listitem")
      .map((li) => items.find((idea) => idea.title === li.textContent)!.supportCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
