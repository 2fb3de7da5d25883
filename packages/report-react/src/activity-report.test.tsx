import { render, screen, within } from "@testing-library/react";
import { validateReport, type Report } from "@communs/report-schema";
import report2018 from "@communs/report-schema/data/la-27e-region-2018.json";
import invalid from "@communs/report-schema/fixtures/invalid-report.json";
import { describe, expect, it } from "vitest";
import { ActivityReport } from "./activity-report";
import { createReportText } from "./i18n/use-report-text";
import { messagesEn } from "./i18n/messages.en";
import { messagesFr } from "./i18n/messages.fr";
import { IssueList } from "./issue-list";
import { KeyFigures, formatFigureValue } from "./key-figures";
import { Members } from "./members";
import { Finances } from "./finances";

const report = validateReport(report2018).report as Report;

describe("ActivityReport", () => {
  it("renders every section of the 2018 report under one h1", () => {
    const { container } = render(<ActivityReport report={report} />);
    expect(container.querySelectorAll("h1")).toHaveLength(1);
    const titles = [...container.querySelectorAll("h2")].map((heading) => heading.textContent);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Chiffres clés",
        "Programmes et expérimentations",
        "Interventions et événements",
        "Adhérents 2018",
        "Partenaires",
        "Équipe",
        "Budget et ressources",
        "Grandes périodes",
        "Prévu pour 2019",
        "Pour aller plus loin",
        "Notes sur la source",
      ]),
    );
  }, 20_000);

  it("shows programme cards with sites, residents and co-funding", () => {
    const { container } = render(<ActivityReport report={report} />);
    const transfo = container
      .querySelector<HTMLElement>("#communs-report-programme-la-transfo")!
      .closest("article")!;
    expect(transfo).toHaveAttribute("aria-labelledby", "communs-report-programme-la-transfo");
    expect(within(transfo).getByText("Ville de Mulhouse")).toBeInTheDocument();
    expect(within(transfo).getByText("Yoan Ollivier")).toBeInTheDocument();
    expect(
      within(transfo).getByText(/Fondation Bloomberg Philanthropies\s*:\s*45\s%/),
    ).toBeInTheDocument();
  });

  it("speaks English when asked, leaving the report's own text in French", () => {
    const { container } = render(<ActivityReport report={report} locale="en" />);
    expect([...container.querySelectorAll("h2")].map((heading) => heading.textContent)).toEqual(
      expect.arrayContaining(["Key figures", "Members 2018"]),
    );
    expect(screen.getByText("Programmes de recherche-action conduits")).toHaveAttribute(
      "lang",
      "fr",
    );
  });

  it("lets a messages prop override texts", () => {
    render(<KeyFigures report={report} messages={{ keyFigures: "En bref" }} />);
    expect(screen.getByRole("heading", { name: "En bref" })).toBeInTheDocument();
  });
});

describe("charts", () => {
  it("give every chart a data table with the same values", () => {
    render(<Members report={report} />);
    const table = screen.getByRole("table", { name: /Adhérents institutionnels par catégorie/ });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      "Régions et associations d'élus9",
      "Départements8",
      "Services de l'État et établissements publics4",
      "Villes et métropoles14",
    ]);
  });

  it("write amounts with their currency in the finance table", () => {
    render(<Finances report={report} locale="en" />);
    const table = screen.getByRole("table", { name: /Total budget/ });
    expect(within(table).getByText("€50,000")).toBeInTheDocument();
  });
});

describe("figures and issues", () => {
  it("formats qualifiers, ranges and units", () => {
    const fr = createReportText("fr");
    const byId = (id: string) => report.keyFigures.find((figure) => figure.id === id)!;
    expect(formatFigureValue(byId("projects"), fr)).toBe("plus de 50");
    expect(formatFigureValue(byId("residence-duration"), fr)).toBe("5–6 mois");
    expect(formatFigureValue(byId("budget-2008"), createReportText("en"))).toBe("€50,000");
  });

  it("lists every issue of a broken file with counts", () => {
    const result = validateReport(invalid);
    render(<IssueList issues={result.issues} warnings={result.warnings} locale="en" />);
    expect(
      screen.getByRole("heading", {
        name: `The file has ${result.issues.length} errors and ${result.warnings.length} warnings`,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/At \/programmes\/0\/coFunders: co-funding shares add up to 90 %/),
    ).toBeInTheDocument();
  });

  it("has an English message for every French one", () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesFr).sort());
  });
});

describe("dates", () => {
  it("writes dates at their precision, with the French ordinal for the first day", () => {
    const fr = createReportText("fr");
    expect([
      fr.date("2018"),
      fr.date("2018-11"),
      fr.date("2018-01-01"),
      fr.date("2018-11-22"),
    ]).toEqual(["2018", "novembre 2018", "1er janvier 2018", "22 novembre 2018"]);
    expect(createReportText("en").date("2018-11-22")).toBe("22 November 2018");
  });
});
