// The admin console against the idea-box server that `npm start` runs (box "ville-exemple"):
// sign in as the seed's administrator (admin@exemple.fr) through the server's own sign-in page,
// change an idea's status in "Figures and follow-up" and the charts and their tables follow.
// Signed out or without a server, the console shows the server's refusal or its offline state.
import { useMemo, useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { createIdeaBoxClient } from "@communs/idea-box/client";
import { AdminConsole, IdeaBoxProvider, createIdeaBoxStore } from "@communs/idea-box-react";
import "@communs/idea-box-react/styles.css";
import { LiveSignIn, ideaBoxServerUrl } from "../live-sign-in";

const demoBox = "ville-exemple";

function LiveAdmin({ locale }: { locale: "fr" | "en" }) {
  const url = ideaBoxServerUrl();
  const { client, store } = useMemo(() => {
    const made = createIdeaBoxClient({ baseUrl: url, credentials: "include", retries: 0 });
    return { client: made, store: createIdeaBoxStore({ client: made, box: demoBox }) };
  }, [url]);
  // The console remounts when the session changes, so that it reads again as that person.
  const [who, setWho] = useState<string | null>(null);
  return (
    <>
      <LiveSignIn
        locale={locale}
        client={client}
        suggested="admin@exemple.fr"
        onSession={(name) => {
          setWho(name);
          store.invalidate();
        }}
      />
      <IdeaBoxProvider box={demoBox} store={store} locale={locale}>
        <AdminConsole key={who ?? "signed-out"} />
      </IdeaBoxProvider>
    </>
  );
}

type Args = Record<string, never>;
const meta = {
  title: "Admin console/Live (npm start)",
  parameters: { layout: "padded" },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The console of the demo box: sign in as its administrator, admin@exemple.fr. */
export const AdminLive: Story = {
  render: (_args, { globals }) => <LiveAdmin locale={globals.locale === "en" ? "en" : "fr"} />,
};
