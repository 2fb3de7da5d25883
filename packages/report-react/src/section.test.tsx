import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LabelledPart, ReportCard, ReportSection } from "./section";

describe("ReportSection, ReportCard and LabelledPart", () => {
  it("give every section and card the markup of the report: classes, heading levels, labels", () => {
    render(
      <ReportSection name="links-section" id="links" level={2} title="Pour aller plus loin">
        <ReportCard as="section" id="communs-report-card-1" level={3} title="Une fiche">
          <LabelledPart label="Résidents" show>
            <p>Camille</p>
          </LabelledPart>
          <LabelledPart label="Événements" show={false}>
            <p>rien</p>
          </LabelledPart>
        </ReportCard>
      </ReportSection>,
    );
    const section = screen.getByRole("region", { name: "Pour aller plus loin" });
    expect(section).toHaveClass("communs-report-section", "communs-report-links-section");
    expect(screen.getByRole("heading", { level: 2 })).toHaveAttribute("id", "communs-report-links");
    const card = screen.getByRole("region", { name: "Une fiche" });
    expect(card).toHaveClass("communs-report-card");
    expect(screen.getByRole("heading", { level: 3 })).toHaveClass("communs-report-card__title");
    expect(card).toHaveTextContent("RésidentsCamille");
    expect(card).not.toHaveTextContent("Événements");
  });
});
