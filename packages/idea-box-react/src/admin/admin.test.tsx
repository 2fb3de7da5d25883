import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { IdeaBoxProvider } from "../context";
import { AdminConsole } from "./admin-console";
import { createAdminMockStore } from "./mock-admin";

function setup(locale: "fr" | "en" = "fr") {
  const mock = createAdminMockStore();
  render(
    <IdeaBoxProvider box="demo" store={mock.store} locale={locale}>
      <AdminConsole />
    </IdeaBoxProvider>,
  );
  return mock;
}

/** The "ideas per status" table as { label: count }. */
function statusTable(caption: RegExp) {
  const table = screen.getByRole("table", { name: caption });
  return Object.fromEntries(
    within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [
        within(row).getByRole("rowheader").textContent,
        Number(within(row).getByRole("cell").textContent),
      ]),
  );
}

describe("AdminConsole", () => {
  it("draws each figure as an SVG image with a title and its data table, and follows a status change", async () => {
    const { server } = setup();
    const chart = await screen.findByRole("img", { name: /Idées par statut/ });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    for (const title of ["Idées déposées par mois", "Délai de première réponse"])
      expect(screen.getByRole("img", { name: new RegExp(title) })).toBeInTheDocument();
    const ideas = [...server.ideas.values()];
    const submitted = ideas.filter((idea) => idea.status === "submitted").length;
    const accepted = ideas.filter((idea) => idea.status === "accepted").length;
    const before = statusTable(/Idées par statut/);
    expect(before["Déposée"]).toBe(submitted);
    expect(before["Retenue"]).toBe(accepted);

    const user = userEvent.setup();
    const idea = ideas.find((entry) => entry.status === "submitted")!;
    await user.selectOptions(
      await screen.findByRole("combobox", { name: `Nouveau statut de « ${idea.title} »` }),
      "accepted",
    );
    const form = screen.getByRole("form", { name: `Nouveau statut de « ${idea.title} »` });
    await user.click(within(form).getByRole("button", { name: "Enregistrer" }));
    await waitFor(() =>
      expect(statusTable(/Idées par statut/)).toMatchObject({
        Déposée: submitted - 1,
        Retenue: accepted + 1,
      }),
    );
    expect(screen.getByRole("img", { name: /Idées par statut/ })).toHaveAccessibleName(
      expect.stringContaining(`Retenue : ${accepted + 1}`) as string,
    );
  });

  it("lists the hidden author of an anonymous idea as 'the author of idea X', never by name, and unblocks", async () => {
    const { members } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Personnes bloquées" }));
    expect(screen.getByRole("heading", { name: "Personnes bloquées" })).toHaveFocus();
    const anonymous = members.find((m) => m.anonymousAuthorOf)!;
    const title = (anonymous.anonymousAuthorOf as { ideaTitle: string }).ideaTitle;
    const entry = await screen.findByText(`L’auteur ou l’autrice de l’idée « ${title} »`);
    expect(entry.closest("li")).not.toHaveTextContent(/Camille|Dominique|Sacha|Alex/);
    await user.click(
      screen.getByRole("button", {
        name: `Débloquer : L’auteur ou l’autrice de l’idée « ${title} »`,
      }),
    );
    await waitFor(() =>
      expect(screen.queryByText(`L’auteur ou l’autrice de l’idée « ${title} »`)).toBeNull(),
    );
    expect(screen.getByText("Alex Bernard")).toBeInTheDocument();
  });

  it("says in words why a used theme cannot be removed and why an address cannot be added", async () => {
    setup("en");
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Themes, scopes, services and statuses" }));
    await user.click(await screen.findByRole("button", { name: "Remove « Outils numériques »" }));
    expect(await screen.findByText("Ideas use it: rename it instead.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Members and roles" }));
    await user.type(await screen.findByRole("textbox", { name: "E-mail address" }), "x@y.fr");
    const form = screen.getByRole("form", { name: "Add : Members and roles" });
    await user.click(within(form).getByRole("button", { name: "Add" }));
    expect(await screen.findByText(/No account has this address/)).toBeInTheDocument();
    await user.clear(screen.getByRole("textbox", { name: "E-mail address" }));
    await user.type(
      screen.getByRole("textbox", { name: "E-mail address" }),
      "lou.moreau@exemple.gouv.fr",
    );
    await user.click(within(form).getByRole("button", { name: "Add" }));
    expect(await screen.findByRole("rowheader", { name: "Lou Moreau" })).toBeInTheDocument();
  });

  it("shows a new webhook's secret once and the delivery log with states in words", async () => {
    setup("en");
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Webhooks" }));
    const log = await screen.findByRole("table", { name: "Delivery log" });
    expect(within(log).getByText("Failed")).toBeInTheDocument();
    await user.type(
      screen.getByRole("textbox", { name: "Receiving address (https://…)" }),
      "https://exemple.gouv.fr/hook",
    );
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(await screen.findByText(/^whsec_mock/)).toBeInTheDocument();
  });

  it("shows each member's role (project lead included) and service, and saves both", async () => {
    const { server, members } = setup("en");
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Members and roles" }));
    const role = await screen.findByRole("combobox", { name: "Role of Sacha Leroy" });
    expect(role).toHaveDisplayValue("Project lead");
    const service = screen.getByRole("combobox", { name: "Service of Sacha Leroy" });
    expect(service).toHaveDisplayValue("Voirie");
    await user.selectOptions(service, "État civil");
    const form = screen.getByRole("form", { name: "Role of Sacha Leroy" });
    await user.click(within(form).getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(server.calls.filter((call) => call.name === "setMember").at(-1)?.body).toEqual({
        role: "lead",
        service: "etat-civil",
      }),
    );
    expect(members.find((m) => m.displayName === "Sacha Leroy")?.service).toBe("etat-civil");
  });

  it("retires a status: no longer offered in the follow-up, kept by the ideas that have it", async () => {
    const { server } = setup("en");
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Themes, scopes, services and statuses" }));
    const form = await screen.findByRole("form", { name: "New label of “À l’étude”" });
    await user.click(within(form).getByRole("checkbox", { name: /^Retired/ }));
    await user.click(within(form).getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(server.calls.filter((c) => c.name === "updateStatus").at(-1)?.body).toMatchObject({
        retired: true,
      }),
    );
    await user.click(screen.getByRole("button", { name: "Figures and follow-up" }));
    const ideas = [...server.ideas.values()];
    const holder = ideas.find((idea) => idea.status === "under_review")!;
    const other = ideas.find((idea) => idea.status !== "under_review")!;
    const options = async (title: string) =>
      within(await screen.findByRole("combobox", { name: `New status of “${title}”` }))
        .getAllByRole("option")
        .map((option) => option.textContent);
    expect(await options(other.title)).not.toContain("À l’étude");
    expect(await options(holder.title)).toContain("À l’étude");
  });
});
