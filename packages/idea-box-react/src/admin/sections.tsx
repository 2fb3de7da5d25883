import { useId, useState, type FormEvent, type ReactNode } from "react";
import type { ProblemDetails } from "@communs/idea-box/client";
import { useIdeaBox } from "../context";
import { ProblemMessage } from "../problem-message";
import type { AdminMessages } from "./messages";
import { useAdminAction, useAdminQuery, useAdminText, type AdminOutcome } from "./use-admin";

/** What a section gets from the console: the data version, and a way to say it wrote. */
export interface SectionProps {
  version: number;
  onChanged: () => void;
}

/**
 * A small form: runs `action`, announces `done` or shows the refusal next to the button, a
 * 409 in the words `conflict` gives (the server's detail is for developers).
 */
function AdminForm(props: {
  label: string;
  submit: string;
  action: () => Promise<AdminOutcome<unknown> | null>;
  done: string;
  conflict?: string;
  onDone?: () => void;
  children?: ReactNode;
  inline?: boolean;
}) {
  const { announce } = useIdeaBox();
  const [failure, setFailure] = useState<ProblemDetails | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const outcome = await props.action();
    setBusy(false);
    if (!outcome) return;
    if (outcome.ok) {
      setFailure(null);
      announce(props.done);
      props.onDone?.();
    } else {
      setFailure(outcome.problem);
      announce(
        outcome.problem.code === "conflict" && props.conflict
          ? props.conflict
          : (outcome.problem.title ?? ""),
        true,
      );
    }
  };
  return (
    <form
      noValidate
      aria-label={props.label}
      className={`communs-idea-box-admin-form${props.inline ? " communs-idea-box-admin-form--inline" : ""}`}
      onSubmit={(event) => void onSubmit(event)}
    >
      {props.children}
      <button type="submit" className="communs-idea-box-button" disabled={busy}>
        {props.submit}
      </button>
      {failure &&
        (failure.code === "conflict" && props.conflict ? (
          <p className="communs-idea-box-problem">{props.conflict}</p>
        ) : (
          <ProblemMessage problem={failure} />
        ))}
    </form>
  );
}

function Field(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  multiline?: boolean;
}) {
  const id = useId();
  return (
    <div className="communs-idea-box-field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea
          id={id}
          value={props.value}
          rows={3}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          type={props.type ?? "text"}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </div>
  );
}

function Check(props: { label: string; checked: boolean; onChange: (value: boolean) => void }) {
  const id = useId();
  return (
    <div className="communs-idea-box-check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

function Loading({ query }: { query: { problem: ProblemDetails | null; reload: () => void } }) {
  const { m } = useAdminText();
  return query.problem ? (
    <ProblemMessage problem={query.problem} onRetry={query.reload} />
  ) : (
    <p role="status">{m.loading}</p>
  );
}

/** Each visible idea with its status, and a form to change it (with an official response). */
export function FollowUp({ version, onChanged }: SectionProps) {
  const { store } = useIdeaBox();
  const { m } = useAdminText();
  const box = useAdminQuery("getBox", { params: { box: store.box } }, version);
  const ideas = useAdminQuery(
    "listIdeas",
    { params: { box: store.box }, query: { sort: "recent", limit: 50 } },
    version,
  );
  if (!box.data || !ideas.data) return <Loading query={box.problem ? box : ideas} />;
  if (ideas.data.items.length === 0) return <p>{m.noIdea}</p>;
  const statuses = box.data.statuses;
  return (
    <table className="communs-idea-box-table">
      <caption>{m.followUp}</caption>
      <thead>
        <tr>
          <th scope="col">{m.idea}</th>
          <th scope="col">{m.status}</th>
        </tr>
      </thead>
      <tbody>
        {ideas.data.items.map((idea) => (
          <tr key={idea.id}>
            <th scope="row">{idea.title}</th>
            <td>
              <StatusForm idea={idea} statuses={statuses} onChanged={onChanged} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StatusForm(props: {
  idea: { id: string; title: string; status: string };
  statuses: { key: string; label: string; requiresReason: boolean; retired?: boolean }[];
  onChanged: () => void;
}) {
  const { store } = useIdeaBox();
  const { t } = useAdminText();
  const act = useAdminAction();
  const [status, setStatus] = useState(props.idea.status);
  const [response, setResponse] = useState("");
  const selectId = useId();
  const label = props.statuses.find((s) => s.key === status)?.label ?? status;
  return (
    <AdminForm
      inline
      label={t("newStatusOf", { title: props.idea.title })}
      submit={t("save")}
      done={t("statusSaved", { title: props.idea.title, status: label })}
      onDone={() => {
        setResponse("");
        props.onChanged();
      }}
      action={() =>
        act("changeStatus", {
          params: { box: store.box, id: props.idea.id },
          body: { status, response },
        })
      }
    >
      <div className="communs-idea-box-field">
        <label htmlFor={selectId}>{t("newStatusOf", { title: props.idea.title })}</label>
        <select id={selectId} value={status} onChange={(e) => setStatus(e.target.value)}>
          {/* A retired status is offered only to the ideas that still have it. */}
          {props.statuses
            .filter((s) => !s.retired || s.key === props.idea.status)
            .map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
        </select>
      </div>
      <Field
        label={t("responseOf", { title: props.idea.title })}
        value={response}
        onChange={setResponse}
      />
    </AdminForm>
  );
}

/** The box's name, description and visibility. */
export function BoxSettings({ version, onChanged }: SectionProps) {
  const { store } = useIdeaBox();
  const box = useAdminQuery("getBox", { params: { box: store.box } }, version);
  if (!box.data) return <Loading query={box} />;
  return <BoxSettingsForm key={JSON.stringify(box.data)} box={box.data} onChanged={onChanged} />;
}

function BoxSettingsForm(props: {
  box: { name: string; description: string; visibility: "public" | "members" };
  onChanged: () => void;
}) {
  const { store } = useIdeaBox();
  const { m } = useAdminText();
  const act = useAdminAction();
  const [name, setName] = useState(props.box.name);
  const [description, setDescription] = useState(props.box.description);
  const [visibility, setVisibility] = useState(props.box.visibility);
  const radio = useId();
  return (
    <AdminForm
      label={m.box}
      submit={m.save}
      done={m.saved}
      onDone={props.onChanged}
      action={() =>
        act("updateBox", { params: { box: store.box }, body: { name, description, visibility } })
      }
    >
      <Field label={m.name} value={name} onChange={setName} />
      <Field label={m.description} value={description} onChange={setDescription} multiline />
      <fieldset>
        <legend>{m.visibility}</legend>
        {(["public", "members"] as const).map((value) => (
          <div className="communs-idea-box-check" key={value}>
            <input
              type="radio"
              id={`${radio}-${value}`}
              name={radio}
              checked={visibility === value}
              onChange={() => setVisibility(value)}
            />
            <label htmlFor={`${radio}-${value}`}>
              {value === "public" ? m.visibilityPublic : m.visibilityMembers}
            </label>
          </div>
        ))}
      </fieldset>
    </AdminForm>
  );
}

/** A rename form and a remove button for one theme or scope. */
function LabelledRow(props: {
  item: { id: string; slug: string; label: string };
  kind: "theme" | "scope";
  onChanged: () => void;
}) {
  const { store } = useIdeaBox();
  const { m, t } = useAdminText();
  const act = useAdminAction();
  const [label, setLabel] = useState(props.item.label);
  const params = { box: store.box, id: props.item.id };
  return (
    <li>
      <AdminForm
        inline
        label={t("newLabel", { label: props.item.label })}
        submit={m.rename}
        done={m.saved}
        onDone={props.onChanged}
        action={() =>
          act(props.kind === "theme" ? "updateTheme" : "updateScope", { params, body: { label } })
        }
      >
        <Field
          label={t("newLabel", { label: props.item.label })}
          value={label}
          onChange={setLabel}
        />
      </AdminForm>
      <AdminForm
        inline
        label={`${m.remove} ${props.item.label}`}
        submit={`${m.remove} « ${props.item.label} »`}
        done={m.removed}
        conflict={m.inUse}
        onDone={props.onChanged}
        action={() => act(props.kind === "theme" ? "deleteTheme" : "deleteScope", { params })}
      />
    </li>
  );
}

function AddLabelled(props: { kind: "theme" | "scope"; onChanged: () => void }) {
  const { store } = useIdeaBox();
  const { m } = useAdminText();
  const act = useAdminAction();
  const [slug, setSlug] = useState("");
  const [label, setLabel] = useState("");
  const title = props.kind === "theme" ? m.themes : m.scopes;
  return (
    <AdminForm
      label={`${m.add} : ${title}`}
      submit={m.add}
      done={m.saved}
      onDone={() => {
        setSlug("");
        setLabel("");
        props.onChanged();
      }}
      action={() =>
        act(props.kind === "theme" ? "createTheme" : "createScope", {
          params: { box: store.box },
          body: { slug, label },
        })
      }
    >
      <Field label={m.slug} value={slug} onChange={setSlug} />
      <Field label={m.label} value={label} onChange={setLabel} />
    </AdminForm>
  );
}

function StatusRow(props: {
  status: {
    key: string;
    label: string;
    requiresReason: boolean;
    final: boolean;
    retired?: boolean;
  };
  onChanged: () => void;
}) {
  const { store } = useIdeaBox();
  const { m, t } = useAdminText();
  const act = useAdminAction();
  const [label, setLabel] = useState(props.status.label);
  const [requiresReason, setRequiresReason] = useState(props.status.requiresReason);
  const [final, setFinal] = useState(props.status.final);
  const [retired, setRetired] = useState(props.status.retired ?? false);
  const submitted = props.status.key === "submitted";
  const params = { box: store.box, key: props.status.key };
  return (
    <li>
      <AdminForm
        inline
        label={t("newLabel", { label: props.status.label })}
        submit={m.save}
        done={m.saved}
        onDone={props.onChanged}
        action={() =>
          act("updateStatus", {
            params,
            body: submitted
              ? { label, requiresReason, final }
              : { label, requiresReason, final, retired },
          })
        }
      >
        <Field
          label={t("newLabel", { label: props.status.label })}
          value={label}
          onChange={setLabel}
        />
        <Check label={m.requiresReason} checked={requiresReason} onChange={setRequiresReason} />
        <Check label={m.final} checked={final} onChange={setFinal} />
        {!submitted && <Check label={m.retired} checked={retired} onChange={setRetired} />}
      </AdminForm>
      {submitted ? (
        <p>{m.submittedStays}</p>
      ) : (
        <AdminForm
          inline
          label={`${m.remove} ${props.status.label}`}
          submit={`${m.remove} « ${props.status.label} »`}
          done={m.removed}
          conflict={m.statusInUse}
          onDone={props.onChanged}
          action={() => act("deleteStatus", { params })}
        />
      )}
    </li>
  );
}

function AddStatus({ onChanged }: { onChanged: () => void }) {
  const { store } = useIdeaBox();
  const { m } = useAdminText();
  const act = useAdminAction();
  const [key, setKey] = useState("");
  const [label, setLabel] = useState("");
  const [requiresReason, setRequiresReason] = useState(false);
  const [final, setFinal] = useState(false);
  return (
    <AdminForm
      label={`${m.add} : ${m.statuses}`}
      submit={m.add}
      done={m.saved}
      onDone={() => {
        setKey("");
        setLabel("");
        onChanged();
      }}
      action={() =>
        act("createStatus", {
          params: { box: store.box },
          body: { key, label, requiresReason, final },
        })
      }
    >
      <Field label={m.statusKey} value={key} onChange={setKey} />
      <Field label={m.label} value={label} onChange={setLabel} />
      <Check label={m.requiresReason} checked={requiresReason} onChange={setRequiresReason} />
      <Check label={m.final} checked={final} onChange={setFinal} />
    </AdminForm>
  );
}

/** A service of the box (the Démineur sends checks to services; members belong to one). */
function AddService({ onChanged }: { onChanged: () => void }) {
  const { store } = useIdeaBox();
  const { m } = useAdminText();
  const act = useAdminAction();
  const [slug, setSlug] = useState("");
  const [label, setLabel] = useState("");
  return (
    <AdminForm
      label={`${m.add} : ${m.services}`}
      submit={m.add}
      done={m.saved}
      conflict={m.serviceExists}
      onDone={() => {
        setSlug("");
        setLabel("");
        onChanged();
      }}
      action={() => act("createService", { params: { box: store.box }, body: { slug, label } })}
    >
      <Field label={m.slug} value={slug} onChange={setSlug} />
      <Field label={m.label} value={label} onChange={setLabel} />
    </AdminForm>
  );
}

/** Themes, scopes, services and statuses: add, rename, remove while no idea would lose it. */
export function Taxonomy({ version, onChanged }: SectionProps) {
  const { store } = useIdeaBox();
  const { m } = useAdminText();
  const box = useAdminQuery("getBox", { params: { box: store.box } }, version);
  if (!box.data) return <Loading query={box} />;
  const key = JSON.stringify(box.data);
  return (
    <div key={key}>
      <h4>{m.themes}</h4>
      <ul className="communs-idea-box-admin-list">
        {box.data.themes.map((theme) => (
          <LabelledRow key={theme.id} item={theme} kind="theme" onChanged={onChanged} />
        ))}
      </ul>
      <AddLabelled kind="theme" onChanged={onChanged} />
      <h4>{m.scopes}</h4>
      <ul className="communs-idea-box-admin-list">
        {box.data.scopes.map((scope) => (
          <LabelledRow key={scope.id} item={scope} kind="scope" onChanged={onChanged} />
        ))}
      </ul>
      <AddLabelled kind="scope" onChanged={onChanged} />
      <h4>{m.services}</h4>
      {(box.data.services ?? []).length === 0 ? (
        <p>{m.noServices}</p>
      ) : (
        <ul className="communs-idea-box-admin-list">
          {(box.data.services ?? []).map((service) => (
            <li key={service.id}>
              {service.label} <span className="communs-idea-box-muted">({service.slug})</span>
            </li>
          ))}
        </ul>
      )}
      <AddService onChanged={onChanged} />
      <h4>{m.statuses}</h4>
      <ul className="communs-idea-box-admin-list">
        {box.data.statuses.map((status) => (
          <StatusRow key={status.key} status={status} onChanged={onChanged} />
        ))}
      </ul>
      <AddStatus onChanged={onChanged} />
    </div>
  );
}

type RoleName = keyof AdminMessages["roles"];

/** Members by name with their role (change, remove), and a person added by e-mail. */
export function Members({ version, onChanged }: SectionProps) {
  const { store } = useIdeaBox();
  const { m } = useAdminText();
  const act = useAdminAction();
  const members = useAdminQuery("listMembers", { params: { box: store.box } }, version);
  const box = useAdminQuery("getBox", { params: { box: store.box } }, version);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<RoleName>("agent");
  const roleId = useId();
  if (!members.data || !box.data) return <Loading query={members.problem ? members : box} />;
  const named = members.data.items.filter((member) => !member.anonymousAuthorOf);
  const roles = Object.keys(m.roles) as RoleName[];
  const services = box.data.services ?? [];
  return (
    <div>
      <table className="communs-idea-box-table">
        <caption>{m.members}</caption>
        <thead>
          <tr>
            <th scope="col">{m.name}</th>
            <th scope="col">{services.length > 0 ? `${m.role}, ${m.service}` : m.role}</th>
          </tr>
        </thead>
        <tbody>
          {named.map((member) => (
            <MemberRow
              key={`${member.userId}${member.role}${member.service ?? ""}`}
              member={member}
              roles={roles}
              services={services}
              onChanged={onChanged}
            />
          ))}
        </tbody>
      </table>
      <AdminForm
        label={`${m.add} : ${m.members}`}
        submit={m.add}
        done={m.saved}
        onDone={() => {
          setEmail("");
          onChanged();
        }}
        action={async () => {
          const outcome = await act("addMember", {
            params: { box: store.box },
            body: { email, role },
          });
          if (!outcome.ok && outcome.problem.code === "not-found")
            return { ok: false, problem: { ...outcome.problem, title: m.noAccount } };
          return outcome;
        }}
        conflict={m.selfDemote}
      >
        <Field label={m.email} value={email} onChange={setEmail} type="email" />
        <div className="communs-idea-box-field">
          <label htmlFor={roleId}>{m.role}</label>
          <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as RoleName)}>
            {roles.map((name) => (
              <option key={name} value={name}>
                {m.roles[name]}
              </option>
            ))}
          </select>
        </div>
      </AdminForm>
    </div>
  );
}

function MemberRow(props: {
  member: { userId: string; displayName: string | null; role: string; service?: string | null };
  roles: RoleName[];
  services: { slug: string; label: string }[];
  onChanged: () => void;
}) {
  const { store } = useIdeaBox();
  const { m, t } = useAdminText();
  const act = useAdminAction();
  const [role, setRole] = useState(props.member.role as RoleName);
  const [service, setService] = useState(props.member.service ?? "");
  const name = props.member.displayName ?? m.erased;
  const roleId = useId();
  const serviceId = useId();
  const params = { box: store.box, userId: props.member.userId };
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <AdminForm
          inline
          label={t("roleOf", { name })}
          submit={m.save}
          done={m.saved}
          conflict={m.selfDemote}
          onDone={props.onChanged}
          action={() =>
            act("setMember", {
              params,
              // Without services, the member's service is left as it is.
              body: props.services.length > 0 ? { role, service: service || null } : { role },
            })
          }
        >
          <label htmlFor={roleId}>{t("roleOf", { name })}</label>
          <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as RoleName)}>
            {props.roles.map((r) => (
              <option key={r} value={r}>
                {m.roles[r]}
              </option>
            ))}
          </select>
          {props.services.length > 0 && (
            <>
              <label htmlFor={serviceId}>{t("serviceOf", { name })}</label>
              <select id={serviceId} value={service} onChange={(e) => setService(e.target.value)}>
                <option value="">{m.noService}</option>
                {props.services.map((s) => (
                  <option key={s.slug} value={s.slug}>
                    {s.label}
                  </option>
                ))}
              </select>
            </>
          )}
        </AdminForm>
        <AdminForm
          inline
          label={`${m.remove} ${name}`}
          submit={`${m.remove} ${name}`}
          done={m.removed}
          conflict={m.unblockFirst}
          onDone={props.onChanged}
          action={() => act("removeMember", { params })}
        />
      </td>
    </tr>
  );
}

/**
 * Blocked people: members by name, and the hidden authors of anonymous or team ideas as "the
 * author of idea X" (the server never says who they are, and neither does this list).
 */
export function BlockedPeople({ version, onChanged }: SectionProps) {
  const { store } = useIdeaBox();
  const { m, t } = useAdminText();
  const act = useAdminAction();
  const members = useAdminQuery("listMembers", { params: { box: store.box } }, version);
  if (!members.data) return <Loading query={members} />;
  const blocked = members.data.items.filter((member) => member.blocked);
  if (blocked.length === 0) return <p>{m.nobodyBlocked}</p>;
  return (
    <ul className="communs-idea-box-admin-list">
      {blocked.map((entry) => {
        const of = entry.anonymousAuthorOf;
        const who = of
          ? t(of.kind === "idea" ? "authorOfIdea" : "authorOfComment", {
              title: of.ideaTitle ?? m.authorHidden,
            })
          : (entry.displayName ?? m.erased);
        return (
          <li key={entry.userId}>
            <span>{who}</span>
            {of && <span className="communs-idea-box-muted"> ({m.authorHidden})</span>}
            <AdminForm
              inline
              label={`${m.unblock} : ${who}`}
              submit={`${m.unblock} : ${who}`}
              done={m.unblocked}
              onDone={onChanged}
              action={() => act("unblock", { params: { box: store.box, userId: entry.userId } })}
            />
          </li>
        );
      })}
    </ul>
  );
}

/** An event's name in words; one this console does not know yet, as its code. */
const eventName = (m: AdminMessages, event: string) =>
  (m.eventNames as Record<string, string>)[event] ?? event;

const webhookEvents = ["idea.created", "idea.status_changed", "comment.created"] as const;

/** Webhooks: the list, a new one (its secret shown once) and the delivery log. */
export function Webhooks({ version, onChanged }: SectionProps) {
  const { store } = useIdeaBox();
  const { m, locale } = useAdminText();
  const act = useAdminAction();
  const hooks = useAdminQuery("listWebhooks", { params: { box: store.box } }, version);
  const deliveries = useAdminQuery("listDeliveries", { params: { box: store.box } }, version);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<string[]>([...webhookEvents]);
  const [secret, setSecret] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" });
  return (
    <div>
      {hooks.data ? (
        hooks.data.items.length === 0 ? (
          <p>{m.noWebhook}</p>
        ) : (
          <table className="communs-idea-box-table">
            <caption>{m.webhooks}</caption>
            <thead>
              <tr>
                <th scope="col">{m.webhookUrl}</th>
                <th scope="col">{m.events}</th>
              </tr>
            </thead>
            <tbody>
              {hooks.data.items.map((hook) => (
                <tr key={hook.id}>
                  <th scope="row">{hook.url}</th>
                  <td>{hook.events.map((e) => eventName(m, e)).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : (
        <Loading query={hooks} />
      )}
      <AdminForm
        label={`${m.add} : ${m.webhooks}`}
        submit={m.add}
        done={m.secretOnce}
        action={async () => {
          const outcome = await act("createWebhook", {
            params: { box: store.box },
            body: { url, events: events as (typeof webhookEvents)[number][] },
          });
          if (outcome.ok) {
            setSecret(outcome.data.secret);
            setUrl("");
            onChanged();
          }
          return outcome;
        }}
      >
        <Field label={m.webhookUrl} value={url} onChange={setUrl} type="url" />
        <fieldset>
          <legend>{m.events}</legend>
          {webhookEvents.map((event) => (
            <Check
              key={event}
              label={m.eventNames[event]}
              checked={events.includes(event)}
              onChange={(on) =>
                setEvents((list) => (on ? [...list, event] : list.filter((e) => e !== event)))
              }
            />
          ))}
        </fieldset>
      </AdminForm>
      {secret && (
        <div className="communs-idea-box-secret" role="status">
          <p>{m.secretOnce}</p>
          <code>{secret}</code>
        </div>
      )}
      <h4>{m.deliveries}</h4>
      {deliveries.data ? (
        deliveries.data.items.length === 0 ? (
          <p>{m.noDelivery}</p>
        ) : (
          <table className="communs-idea-box-table">
            <caption>{m.deliveries}</caption>
            <thead>
              <tr>
                <th scope="col">{m.createdAt}</th>
                <th scope="col">{m.event}</th>
                <th scope="col">{m.state}</th>
                <th scope="col">{m.attempts}</th>
                <th scope="col">{m.lastError}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.items.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{date.format(new Date(d.createdAt))}</th>
                  <td>{eventName(m, d.event)}</td>
                  <td>{m.states[d.state]}</td>
                  <td>{d.attempts}</td>
                  <td>{d.lastError ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : (
        <Loading query={deliveries} />
      )}
    </div>
  );
}

/** The box's exports, fetched with the console's own credentials and saved as files. */
export function Exports() {
  const { store, announce } = useIdeaBox();
  const { m, t } = useAdminText();
  const act = useAdminAction();
  const [failure, setFailure] = useState<ProblemDetails | null>(null);
  const download = async (kind: "json" | "csv") => {
    const outcome =
      kind === "json"
        ? await act("exportBoxJson", { params: { box: store.box } })
        : await act("exportBoxCsv", { params: { box: store.box } });
    if (!outcome.ok) {
      setFailure(outcome.problem);
      return;
    }
    setFailure(null);
    const file = `${store.box}.${kind}`;
    const blob = new Blob(
      [kind === "json" ? JSON.stringify(outcome.data, null, 2) : (outcome.data as string)],
      { type: kind === "json" ? "application/json" : "text/csv;charset=utf-8" },
    );
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = file;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    announce(t("downloaded", { file }));
  };
  return (
    <div>
      <ul className="communs-idea-box-admin-list">
        <li>
          <button
            type="button"
            className="communs-idea-box-button"
            onClick={() => void download("json")}
          >
            {m.downloadJson}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="communs-idea-box-button"
            onClick={() => void download("csv")}
          >
            {m.downloadCsv}
          </button>
        </li>
      </ul>
      {failure && <ProblemMessage problem={failure} />}
    </div>
  );
}

/** The boxes the person sees, which one is shown, and a new box for platform administrators. */
export function Boxes({
  version,
  onChanged,
  onSelectBox,
}: SectionProps & { onSelectBox?: (slug: string) => void }) {
  const { store } = useIdeaBox();
  const { m, tp } = useAdminText();
  const act = useAdminAction();
  const boxes = useAdminQuery("listBoxes", {}, version);
  const session = useAdminQuery("session", {}, 0);
  const [slug, setSlug] = useState("");
  const [name, setName] = useState("");
  if (!boxes.data) return <Loading query={boxes} />;
  return (
    <div>
      <table className="communs-idea-box-table">
        <caption>{m.boxes}</caption>
        <thead>
          <tr>
            <th scope="col">{m.name}</th>
            <th scope="col">{m.visibility}</th>
            <th scope="col">{m.count}</th>
          </tr>
        </thead>
        <tbody>
          {boxes.data.items.map((box) => (
            <tr key={box.id} aria-current={box.slug === store.box ? "true" : undefined}>
              <th scope="row">
                {onSelectBox && box.slug !== store.box ? (
                  <button
                    type="button"
                    className="communs-idea-box-link"
                    onClick={() => onSelectBox(box.slug)}
                  >
                    {m.manage} : {box.name}
                  </button>
                ) : (
                  <>
                    {box.name}
                    {box.slug === store.box && ` (${m.current})`}
                  </>
                )}
              </th>
              <td>{box.visibility === "public" ? m.visibilityPublic : m.visibilityMembers}</td>
              <td>{tp("ideaCount", box.ideaCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {session.data?.user?.platformAdmin && (
        <AdminForm
          label={m.newBox}
          submit={m.create}
          done={m.saved}
          onDone={() => {
            setSlug("");
            setName("");
            onChanged();
          }}
          action={() => act("createBox", { body: { slug, name } })}
        >
          <Field label={m.slug} value={slug} onChange={setSlug} />
          <Field label={m.name} value={name} onChange={setName} />
        </AdminForm>
      )}
    </div>
  );
}
