import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ReportReact } from "./report-react";

describe("ReportReact", () => {
  it("shows its title as a heading, in French by default", () => {
    render(<ReportReact />);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("ReportReact");
  });

  it("lets the integrator override a text", () => {
    render(<ReportReact locale="en" messages={{ title: "Custom" }} />);
    expect(screen.getByRole("heading", { name: "Custom" })).toBeInTheDocument();
  });
});
