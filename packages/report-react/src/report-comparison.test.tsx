import { render, screen, within } from "@testing-library/react";
import { validateReport, type Report } from "@communs/report-schema";
import report2017 from "@communs/report-schema/data/la-27e-region-2017.json";
import report2018 from "@communs/report-schema/data/la-27e-region-2018.json";
import mindlab from "@communs/report-schema/data/mindlab-2014.json";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { ActivityReport } from "./activity-report";
import { ReportComparison } from "./report-comparison";

const valid = (data: unknown) => validateReport(data).report as Report;
const reports = [valid(report2018), valid(mindlab), valid(report2017)];

describe("ReportComparison", () => {
  it("lines three reports up in a table, one column per report, sorted", () => {
    render(<ReportComparison reports={reports} />);
    const table = screen.getByRole("table", { name: "Chiffres par indicateur et par rapport" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      "Indicateur",
      "La 27e Région 2017",
      "La 27e Région 2018",
      "MindLab 2014",
      "Unité",
    ]);
    const members = within(table).getByRole("rowheader", {
      name: /Adhérents institutionnels/,
    }).parentElement!;
    expect(
      within(members)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["—pas de valeur", "35", "—pas de valeur", "nombre"]);
    expect(members.textContent).toContain("(non comparable)");
  });

  it("says in words what does not compare", () => {
    render(<ReportComparison reports={reports} locale="en" />);
    const limits = screen.getByRole("heading", { name: "What does not compare" }).parentElement!;
    expect(limits.textContent).toContain(
      "Annual budget: La 27e Région: years missing from the series (2009–2016)",
    );
    expect(limits.textContent).toContain(
      "La 27e Région 2018: 24 key figures without an indicator cannot be lined up.",
    );
  });

  it("names units in French, in the table and in what does not compare", () => {
    // The same lab a year later, counting its projects in people: the units differ.
    const later = structuredClone(report2018);
    later.report.year = 2019;
    for (const figure of later.keyFigures)
      if (figure.indicator === "projects")
        Object.assign(figure, { unit: "personnes", periodStart: "2019", periodEnd: "2019" });
    render(<ReportComparison reports={[valid(report2018), valid(later)]} />);
    const table = screen.getByRole("table", { name: "Chiffres par indicateur et par rapport" });
    const projects = within(table).getByRole("rowheader", { name: /Projets menés/ }).parentElement!;
    expect(
      within(projects)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["plus de 50 nombre", "plus de 50 personnes", "nombre / personnes"]);
    const limits = screen.getByRole("heading", { name: "Ce qui ne se compare pas" }).parentElement!;
    expect(limits.textContent).toContain(
      "Projets menés : unités différentes (nombre, personnes) : les valeurs ne se comparent pas telles quelles",
    );
    expect(limits.textContent).not.toMatch(/\b(count|person)\b/);
  });

  it("draws series over the years with their data tables and names the missing years", () => {
    render(<ReportComparison reports={reports} />);
    const chart = screen.getByRole("figure", { name: "Budget annuel — La 27e Région, par année" });
    const data = within(chart).getByRole("table");
    expect(
      within(data)
        .getAllByRole("rowheader")
        .map((cell) => cell.textContent),
    ).toEqual(["2008", "2017"]);
    expect(chart.parentElement!.textContent).toContain("Années sans donnée : 2009–2016.");
  });

  it.each(["fr", "en"] as const)("has no axe violations (%s)", async (locale) => {
    const { container } = render(<ReportComparison reports={reports} locale={locale} />);
    // jsdom computes no colours: contrast is checked on the stories in Chromium.
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it("renders a sparse report without crashing on what it lacks", () => {
    const { container } = render(<ActivityReport report={valid(report2017)} />);
    expect(container.textContent).toContain("Recherche-action");
    expect(container.textContent).toContain("Année 2017");
  });
});
