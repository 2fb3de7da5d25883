import type { EndpointName } from "@communs/idea-box";
import type { TestClient, TestHarness } from "./harness";

type Fixture = () => Promise<{ input: unknown }>;
type AdminOperation =
  | "boxFigures"
  | "updateTheme"
  | "deleteTheme"
  | "createScope"
  | "updateScope"
  | "deleteScope"
  | "createStatus"
  | "updateStatus"
  | "deleteStatus"
  | "addMember"
  | "removeMember";

/**
 * Valid input for each admin-console operation (issue 17) in `box`, built fresh for every call
 * by the box's admin where a call consumes state (what is removed is created first).
 */
export function adminFixtures(
  h: () => TestHarness,
  admin: () => TestClient,
  box: string,
  memberEmail: string,
): Record<AdminOperation & EndpointName, Fixture> {
  let counter = 0;
  const theme = () =>
    admin().request("createTheme", {
      params: { box },
      body: { slug: `theme-admin-${++counter}`, label: "Thème à retoucher" },
    });
  const scope = () =>
    admin().request("createScope", {
      params: { box },
      body: { slug: `perimetre-${++counter}`, label: "Périmètre à retoucher" },
    });
  return {
    boxFigures: async () => ({ input: { params: { box } } }),
    updateTheme: async () => ({
      input: { params: { box, id: (await theme()).id }, body: { label: "Thème renommé" } },
    }),
    deleteTheme: async () => ({ input: { params: { box, id: (await theme()).id } } }),
    createScope: async () => ({
      input: { params: { box }, body: { slug: `perimetre-neuf-${++counter}`, label: "Neuf" } },
    }),
    updateScope: async () => ({
      input: { params: { box, id: (await scope()).id }, body: { label: "Périmètre renommé" } },
    }),
    deleteScope: async () => ({ input: { params: { box, id: (await scope()).id } } }),
    createStatus: async () => ({
      input: { params: { box }, body: { key: `etat_${++counter}`, label: "Nouvel état" } },
    }),
    updateStatus: async () => ({
      input: { params: { box, key: "under_review" }, body: { label: "À l’étude" } },
    }),
    deleteStatus: async () => {
      const status = await admin().request("createStatus", {
        params: { box },
        body: { key: `jetable_${++counter}`, label: "Jetable" },
      });
      return { input: { params: { box, key: status.key } } };
    },
    addMember: async () => ({
      input: { params: { box }, body: { email: memberEmail, role: "agent" } },
    }),
    removeMember: async () => {
      const person = await h().person(`membre-${++counter}-${Date.now()}@admin.fr`);
      await admin().request("setMember", {
        params: { box, userId: person.userId! },
        body: { role: "agent" },
      });
      return { input: { params: { box, userId: person.userId } } };
    },
  };
}
