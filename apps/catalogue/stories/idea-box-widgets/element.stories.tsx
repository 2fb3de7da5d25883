import type { Meta, StoryObj } from "@storybook/react-vite";
import { createMockIdeaBoxServer, makeMockIdeas } from "@communs/idea-box-react/testing";
import "@communs/idea-box-element";

// The element brings its own client and calls `fetch`: requests to the mock origin are answered
// in memory, every other request goes through.
const mock = createMockIdeaBoxServer({ ideas: makeMockIdeas(6) });
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).startsWith("https://mock.invalid")
    ? mock.fetch(input, init)
    : realFetch(input, init)) as typeof fetch;

type Args = { view: "list" | "form" | "idea"; server: string };
const meta = {
  title: "Idea box/Element",
  args: { view: "list", server: "https://mock.invalid" },
  argTypes: { view: { control: "inline-radio", options: ["list", "form", "idea"] } },
  render: (args, { globals }) => <Plain {...args} locale={globals.locale === "en" ? "en" : "fr"} />,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

function Plain({ view, server, locale }: Args & { locale: string }) {
  return (
    <main>
      <h1>
        {locale === "en" ? "A plain page of an intranet" : "Une page ordinaire d’un intranet"}
      </h1>
      <communs-idea-box
        server={server}
        box="demo"
        locale={locale}
        view={view}
        idea={makeMockIdeas(1)[0]!.id}
      >
        <a href="https://idees.example.fr/boxes/demo">
          {locale === "en" ? "Open the idea box" : "Ouvrir la boîte à idées"}
        </a>
      </communs-idea-box>
    </main>
  );
}

declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      "communs-idea-box": React.DetailedHTMLProps<
        React.HTMLAttributes<HTMLElement>,
        HTMLElement
      > & {
        server?: string;
        box?: string;
        locale?: string;
        view?: string;
        idea?: string;
        token?: string;
        theme?: string;
      };
    }
  }
}

export const List: Story = {};
export const Form: Story = { args: { view: "form" } };
export const OneIdea: Story = { args: { view: "idea" } };
/** Invalid attributes: the console says what was expected, the plain link stays. */
export const InvalidAttributes: Story = { args: { server: "" } };
