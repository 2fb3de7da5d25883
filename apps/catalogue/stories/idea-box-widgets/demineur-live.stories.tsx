// The Démineur against the idea-box server that `npm start` runs (box "ville-exemple", with
// the seed's check under way and its decided one): sign in through the server's own sign-in
// page as the project lead cheffe@exemple.fr to open a check and record a decision, or as
// agent@exemple.fr / agente@exemple.fr to answer. Without a server, the widgets show their
// offline state.
import { useMemo, useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { createIdeaBoxClient } from "@communs/idea-box/client";
import { Demineur, IdeaBoxProvider, createIdeaBoxStore } from "@communs/idea-box-react";
import "@communs/idea-box-react/styles.css";
import "@communs/idea-box-element";
import { LiveSignIn, ideaBoxServerUrl } from "../live-sign-in";

const demoBox = "ville-exemple";

function LiveDemineur({ locale }: { locale: "fr" | "en" }) {
  const url = ideaBoxServerUrl();
  const { client, store } = useMemo(() => {
    const made = createIdeaBoxClient({ baseUrl: url, credentials: "include", retries: 0 });
    return { client: made, store: createIdeaBoxStore({ client: made, box: demoBox }) };
  }, [url]);
  // The mode remounts when the session changes, so that it reads again as that person.
  const [who, setWho] = useState<string | null>(null);
  return (
    <>
      <LiveSignIn
        locale={locale}
        client={client}
        suggested="cheffe@exemple.fr"
        onSession={(name) => {
          setWho(name);
          store.invalidate();
        }}
      />
      <IdeaBoxProvider box={demoBox} store={store} locale={locale}>
        <Demineur key={who ?? "signed-out"} serverUrl={url} />
      </IdeaBoxProvider>
    </>
  );
}

type Args = Record<string, never>;
const meta = {
  title: "Démineur/Live (npm start)",
  id: "demineur-live",
  parameters: { layout: "padded" },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The React widgets: sign in as the lead cheffe@exemple.fr, or as an agent to answer. */
export const Widgets: Story = {
  render: (_args, { globals }) => <LiveDemineur locale={globals.locale === "en" ? "en" : "fr"} />,
};

/** The same through `<communs-idea-box view="demineur">` (the session cookie of the server). */
export const Element: Story = {
  render: (_args, { globals }) => (
    <communs-idea-box
      server={ideaBoxServerUrl()}
      box={demoBox}
      view="demineur"
      locale={globals.locale === "en" ? "en" : "fr"}
    >
      <a href={ideaBoxServerUrl()}>Démineur</a>
    </communs-idea-box>
  ),
};
