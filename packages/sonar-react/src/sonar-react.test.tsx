import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SonarReact } from "./sonar-react";

describe("SonarReact", () => {
  it("shows its title as a heading, in French by default", () => {
    render(<SonarReact />);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("SonarReact");
  });

  it("lets the integrator override a text", () => {
    render(<SonarReact locale="en" messages={{ title: "Custom" }} />);
    expect(screen.getByRole("heading", { name: "Custom" })).toBeInTheDocument();
  });
});
