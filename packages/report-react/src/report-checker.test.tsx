import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import minimal from "@communs/report-schema/fixtures/valid-minimal.json";
import { ReportChecker } from "./report-checker";

const file = (name: string, content: string) =>
  new File([content], name, { type: "application/json" });

describe("ReportChecker", () => {
  it("announces a valid file and previews it", async () => {
    const user = userEvent.setup();
    const content = JSON.stringify(minimal);
    render(<ReportChecker locale="en" />);
    await user.upload(
      screen.getByLabelText("Report file (JSON or XLSX)"),
      file("minimal.json", content),
    );
    expect(await screen.findByRole("status")).toHaveTextContent("minimal.json is valid.");
    expect(screen.getByRole("heading", { name: "Key figures" })).toBeInTheDocument();
  });

  it("lists the issues of a malformed file, in French", async () => {
    const user = userEvent.setup();
    render(<ReportChecker />);
    await user.upload(
      screen.getByLabelText("Fichier du rapport (JSON ou XLSX)"),
      file("cassé.json", '{\n  "a": 1,\n}'),
    );
    expect(await screen.findByRole("status")).toHaveTextContent("cassé.json n'est pas valide.");
    expect(screen.getByText(/le JSON est mal formé à la ligne 3, colonne 1/)).toBeInTheDocument();
  });

  it("lists why an XLSX file cannot be read, in French, at its place", async () => {
    const user = userEvent.setup();
    render(<ReportChecker />);
    await user.upload(
      screen.getByLabelText("Fichier du rapport (JSON ou XLSX)"),
      file("tableau.xlsx", "Titre;Valeur\n"),
    );
    // The reading module loads on demand.
    expect(await screen.findByText(/Fichier XLSX illisible/)).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("tableau.xlsx n'est pas valide.");
    expect(
      screen.getByText(/le fichier n'est pas un classeur XLSX \(ce n'est pas une archive ZIP/),
    ).toBeInTheDocument();
  });
});
