// The page of the workshop browser test (bundled by workshop.browser.test.ts, served by the test
// server from the same origin as the API): `?role=facilitator` creates a workshop and shows its
// board; otherwise a participant joins (`?code=` fills the code in).
import { createWorkshopClient, type Workshop } from "@communs/sonar/workshop";
import { useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { WorkshopBoard } from "./workshop-board";
import { WorkshopCreate } from "./workshop-create";
import { WorkshopParticipant } from "./workshop-participant";

function Facilitator() {
  const client = useMemo(() => createWorkshopClient({ baseUrl: location.origin, retries: 0 }), []);
  const [ready, setReady] = useState(false);
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  useEffect(() => {
    void client.request("session").then(() => setReady(true));
  }, [client]);
  if (!ready) return null;
  return workshop ? (
    <WorkshopBoard client={client} workshopId={workshop.id} workshop={workshop} />
  ) : (
    <WorkshopCreate client={client} onOpenBoard={setWorkshop} />
  );
}

function Participant() {
  const client = useMemo(() => createWorkshopClient({ baseUrl: location.origin, retries: 1 }), []);
  const code = new URLSearchParams(location.search).get("code") ?? "";
  return <WorkshopParticipant client={client} code={code} />;
}

const role = new URLSearchParams(location.search).get("role");
createRoot(document.getElementById("root")!).render(
  <main>
    <h1>Sonar</h1>
    {role === "facilitator" ? <Facilitator /> : <Participant />}
  </main>,
);
