import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  CommentThread,
  IdeaBox,
  IdeaCard,
  IdeaDetail,
  IdeaForm,
  IdeaList,
  ModerationQueue,
  MyData,
  MyIdeas,
  StatusBadge,
  ideaKey,
  useIdeaForm,
  useIdeaList,
  type IdeaBoxStore,
} from "@communs/idea-box-react";
import { makeMockIdeas } from "@communs/idea-box-react/testing";
import { Mock, longFrench, prepare, sampleIdeas, xssPayload, type Mocked } from "./mock-api";

type Args = Record<string, never>;
const meta = {
  title: "Idea box/Widgets",
  parameters: { layout: "padded" },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

const locale = (globals: Record<string, unknown>) => (globals.locale === "en" ? "en" : "fr");
const withMock = (
  options: Parameters<typeof prepare>[0],
  render: (mocked: Mocked, store: IdeaBoxStore) => React.ReactNode,
): Story => ({
  loaders: [async () => ({ mocked: await prepare(options) })],
  render: (_args, { loaded, globals }) => (
    <Mock mocked={loaded.mocked as Mocked} locale={locale(globals)}>
      {render(loaded.mocked as Mocked, (loaded.mocked as Mocked).store)}
    </Mock>
  ),
});

const first = sampleIdeas[0]!;
const refused = sampleIdeas.find((idea) => idea.status === "not_retained")!;

export const StatusBadges: Story = {
  render: () => (
    <p style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
      <StatusBadge status="submitted" label="Déposée" />
      <StatusBadge status="under_review" label="À l’étude" />
      <StatusBadge status="accepted" label="Retenue" />
      <StatusBadge status="implemented" label="Réalisée" />
      <StatusBadge status="not_retained" label="Non retenue" />
      <StatusBadge status="custom_status" />
    </p>
  ),
};

export const Card = withMock({}, () => (
  <IdeaCard idea={first} statusLabel="Déposée" onOpen={() => undefined} />
));
export const CardLongFrenchText = withMock({}, () => (
  <IdeaCard
    idea={{ ...first, ...longFrench, supportCount: 1234, supportedByMe: true }}
    statusLabel="À l’étude"
    onOpen={() => undefined}
  />
));
export const CardXssPayload = withMock({}, () => (
  <IdeaCard idea={{ ...first, title: xssPayload, problem: xssPayload }} onOpen={() => undefined} />
));

export const List = withMock(
  { ideas: sampleIdeas, prefetch: (store) => store.fetchList({ sort: "recent", limit: 20 }) },
  () => <IdeaList onOpen={() => undefined} />,
);
export const ListEmpty = withMock(
  { ideas: [], prefetch: (store) => store.fetchList({ sort: "recent", limit: 20 }) },
  () => <IdeaList onOpen={() => undefined} />,
);
export const ListServerDown = withMock(
  { offline: true, prefetch: (store) => store.fetchList({ sort: "recent", limit: 20 }) },
  () => <IdeaList onOpen={() => undefined} />,
);
export const ListLongVirtualised = withMock({}, () => (
  <IdeaList items={makeMockIdeas(2000)} onOpen={() => undefined} />
));
export const ListLongFrenchText = withMock(
  {
    ideas: makeMockIdeas(3).map((idea) => ({ ...idea, ...longFrench })),
    prefetch: (store) => store.fetchList({ sort: "recent", limit: 20 }),
  },
  () => <IdeaList onOpen={() => undefined} />,
);

export const Form = withMock({}, () => <IdeaForm onOpenIdea={() => undefined} />);
export const FormWithSimilarIdeas = withMock({}, (mocked) => {
  mocked.store.drafts.save("new-idea", {
    title: "Covoiturage entre agents des sites",
    problem: "",
    mode: "named",
  });
  return <IdeaForm onOpenIdea={() => undefined} similarDelayMs={0} />;
});
export const FormServerDown = withMock({ offline: true }, (mocked) => {
  mocked.store.drafts.save("new-idea", {
    title: "Des fontaines à eau dans les halls",
    problem: "Les usagers attendent longtemps sans pouvoir boire.",
  });
  return <IdeaForm />;
});

export const Detail = withMock(
  {
    prefetch: (store) =>
      Promise.all([store.fetchIdea(refused.id), store.fetchComments(refused.id)]),
  },
  () => <IdeaDetail id={refused.id} onBack={() => undefined} />,
);
export const DetailAsModerator = withMock(
  {
    role: "moderator",
    prefetch: (store) => Promise.all([store.fetchIdea(first.id), store.fetchComments(first.id)]),
  },
  () => <IdeaDetail id={first.id} onBack={() => undefined} />,
);
export const DetailNotFound = withMock(
  { prefetch: (store) => store.fetchIdea("00000000-0000-4000-8000-00000000dead") },
  () => <IdeaDetail id="00000000-0000-4000-8000-00000000dead" onBack={() => undefined} />,
);
export const DetailXssPayload = withMock(
  {
    ideas: [{ ...first, title: xssPayload, problem: xssPayload, solution: xssPayload }],
    comments: [
      {
        id: "50000000-0000-4000-8000-000000000001",
        ideaId: first.id,
        parentId: null,
        body: xssPayload,
        author: { displayName: xssPayload },
        mine: false,
        hidden: false,
        createdAt: first.createdAt,
      },
    ],
    prefetch: (store) => Promise.all([store.fetchIdea(first.id), store.fetchComments(first.id)]),
  },
  (mocked) => (mocked.store.query(ideaKey(first.id)).data ? <IdeaDetail id={first.id} /> : null),
);

const threadComments = [
  {
    id: "50000000-0000-4000-8000-000000000011",
    ideaId: first.id,
    parentId: null,
    body: "Très bonne idée : nous avons le même problème au service des sports.",
    author: { displayName: "Lou Bernard" },
    mine: false,
    hidden: false,
    createdAt: "2026-11-20T10:00:00Z",
  },
  {
    id: "50000000-0000-4000-8000-000000000012",
    ideaId: first.id,
    parentId: "50000000-0000-4000-8000-000000000011",
    body: "Pouvez-vous préciser combien de dossiers par semaine ?",
    author: { displayName: "Camille Martin" },
    mine: true,
    hidden: false,
    createdAt: "2026-11-20T11:00:00Z",
  },
  {
    id: "50000000-0000-4000-8000-000000000013",
    ideaId: first.id,
    parentId: null,
    body: "",
    author: { displayName: null },
    mine: false,
    hidden: true,
    createdAt: "2026-11-20T12:00:00Z",
  },
];
export const Comments = withMock(
  { comments: threadComments, prefetch: (store) => store.fetchComments(first.id) },
  () => <CommentThread ideaId={first.id} />,
);
export const CommentsEmpty = withMock(
  { prefetch: (store) => store.fetchComments(first.id) },
  () => <CommentThread ideaId={first.id} />,
);
export const CommentsServerDown = withMock(
  { offline: true, prefetch: (store) => store.fetchComments(first.id) },
  () => <CommentThread ideaId={first.id} />,
);

export const Moderation = withMock(
  {
    role: "moderator",
    prefetch: async (store) => {
      await store.client.request("reportIdea", {
        params: { box: "demo", id: first.id },
        body: { reason: "off-topic", details: "Rien à voir avec la direction." },
      });
      await store.client.request("reportIdea", {
        params: { box: "demo", id: sampleIdeas[1]!.id },
        body: { reason: "personal-data" },
      });
    },
  },
  () => <ModerationQueue />,
);
export const ModerationEmpty = withMock({ role: "moderator" }, () => <ModerationQueue />);
export const ModerationForbidden = withMock({ role: "agent" }, () => <ModerationQueue />);

export const MyIdeasList = withMock(
  { prefetch: (store) => store.fetchList({ sort: "recent", limit: 20 }) },
  () => <MyIdeas />,
);
export const MyDataPanel = withMock({}, () => <MyData onExport={() => undefined} />);

export const WholeBox = withMock(
  { prefetch: (store) => store.fetchList({ sort: "recent", limit: 20 }) },
  () => <IdeaBox />,
);

/** The form's behaviour (`useIdeaForm`) under another design system's markup (DSFR classes). */
function OwnMarkupForm() {
  const form = useIdeaForm();
  return (
    <form {...form.getFormProps()}>
      <h2 id={form.headingId}>Proposer une idée (balisage de l’intégrateur)</h2>
      <div ref={form.summaryRef} tabIndex={-1}>
        {form.errorCount > 0 && (
          <ul>
            {Object.entries(form.errors).map(([name, message]) => (
              <li key={name}>
                <a href={`#${form.fieldId(name)}`}>{message}</a>
              </li>
            ))}
          </ul>
        )}
      </div>
      {(["title", "problem"] as const).map((name) => (
        <div key={name} className="fr-input-group">
          <label className="fr-label" {...form.getLabelProps(name)}>
            {name === "title" ? "Titre" : "Problème constaté"}
          </label>
          <input className="fr-input" {...form.getFieldProps(name)} />
          {form.errors[name] && (
            <p className="fr-error-text" {...form.getErrorProps(name)}>
              {form.errors[name]}
            </p>
          )}
        </div>
      ))}
      <button className="fr-btn" {...form.getSubmitProps()}>
        {form.sending ? "Envoi…" : "Publier"}
      </button>
    </form>
  );
}
export const FormWithOwnMarkup = withMock({}, () => <OwnMarkupForm />);

/** The list's behaviour (`useIdeaList`) under another design system's markup (GOV.UK classes). */
function OwnMarkupList() {
  const list = useIdeaList();
  return (
    <section aria-labelledby={list.headingId}>
      <h2 id={list.headingId}>Idées (balisage de l’intégrateur)</h2>
      <label className="govuk-label" {...list.getSearchLabelProps()}>
        Rechercher
      </label>
      <input className="govuk-input" {...list.getSearchProps()} />
      <label className="govuk-label" {...list.getChoiceLabelProps("sort")}>
        Trier
      </label>
      <select className="govuk-select" {...list.getChoiceProps("sort")}>
        {list.choices.sort.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <ul className="govuk-list">
        {list.shown.map((idea) => (
          <li key={idea.id}>
            {idea.title} ({idea.supportCount})
          </li>
        ))}
      </ul>
    </section>
  );
}
export const ListWithOwnMarkup = withMock({}, () => <OwnMarkupList />);
