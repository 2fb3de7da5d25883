import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { NuancierReact } from "./nuancier-react";

describe("NuancierReact", () => {
  it("shows its title as a heading, in French by default", () => {
    render(<NuancierReact />);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("NuancierReact");
  });

  it("lets the integrator override a text", () => {
    render(<NuancierReact locale="en" messages={{ title: "Custom" }} />);
    expect(screen.getByRole("heading", { name: "Custom" })).toBeInTheDocument();
  });
});
