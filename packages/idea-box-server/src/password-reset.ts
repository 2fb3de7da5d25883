import { createHmac } from "node:crypto";
import type { Context, Hono } from "hono";
import type { AppDeps } from "./context";
import { safeReturnTo } from "./oidc";
import { hashPassword, randomToken, safeEqual, sha256 } from "./security";
import {
  escapeHtml,
  field,
  form,
  hidden,
  link,
  page,
  paragraph,
  pickLocale,
  type FieldError,
  type Locale,
} from "./sign-in-html";
import { acceptAnonymousForm, formToken, stringField } from "./sign-in-forms";

/**
 * Forgotten password: a link by e-mail (SMTP_URL), valid one hour and once. The link's token is
 * random and signed with SESSION_SECRET (a forged or mangled one is refused before any query);
 * the database keeps only its SHA-256. The answer to a request is the same whether the address
 * has an account or not, and the e-mail leaves after the answer (no timing tells either).
 * Requests are limited per address (RATE_LIMIT_PER_ADDRESS, with the API) and one link per
 * account every two minutes. Setting a new password ends every session of the person and
 * confirms their address (they proved they read its mail).
 */
export const passwordResetPaths = {
  forgottenPassword: "/auth/forgotten-password",
  resetPassword: "/auth/reset-password",
} as const;

const validMinutes = 60;
const perAccountMinutes = 2;

const texts = {
  fr: {
    forgottenTitle: "Mot de passe oublié",
    explain:
      "Indiquez l’adresse électronique de votre compte : nous y enverrons un lien pour choisir un nouveau mot de passe.",
    email: "Adresse électronique",
    emailHint: "Format attendu : nom@domaine.fr",
    emailMissing: "Indiquez votre adresse électronique.",
    emailInvalid: "Indiquez une adresse électronique valide, par exemple nom@exemple.fr.",
    send: "Envoyer le lien",
    sentTitle: "Vérifiez votre messagerie",
    sent: (email: string) =>
      `Si un compte utilise l’adresse ${email}, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il est valable ${validMinutes} minutes et une seule fois.`,
    resetTitle: "Choisir un nouveau mot de passe",
    password: "Nouveau mot de passe",
    passwordHint: "12 caractères au moins",
    passwordShort: "Choisissez un mot de passe d’au moins 12 caractères (200 au plus).",
    save: "Enregistrer le mot de passe",
    invalidTitle: "Lien expiré ou déjà utilisé",
    invalid:
      "Ce lien de réinitialisation n’est plus valable. Demandez-en un nouveau : il est valable une heure et une seule fois.",
    askAgain: "Demander un nouveau lien",
    doneTitle: "Mot de passe changé",
    done: "Votre mot de passe est changé. Par sécurité, vos sessions ouvertes sont fermées : connectez-vous avec le nouveau mot de passe.",
    signIn: "Se connecter",
    back: "Retour à la connexion",
  },
  en: {
    forgottenTitle: "Forgotten password",
    explain:
      "Enter your account's e-mail address: we will send it a link to choose a new password.",
    email: "E-mail address",
    emailHint: "Expected format: name@domain.fr",
    emailMissing: "Enter your e-mail address.",
    emailInvalid: "Enter a valid e-mail address, for example name@example.fr.",
    send: "Send the link",
    sentTitle: "Check your mailbox",
    sent: (email: string) =>
      `If an account uses the address ${email}, a link to choose a new password has just been sent to it. It is valid for ${validMinutes} minutes and once.`,
    resetTitle: "Choose a new password",
    password: "New password",
    passwordHint: "At least 12 characters",
    passwordShort: "Choose a password of at least 12 characters (200 at most).",
    save: "Save the password",
    invalidTitle: "Link expired or already used",
    invalid:
      "This reset link is no longer valid. Ask for a new one: it is valid for one hour and once.",
    askAgain: "Ask for a new link",
    doneTitle: "Password changed",
    done: "Your password is changed. For your safety, your open sessions are closed: sign in with the new password.",
    signIn: "Sign in",
    back: "Back to sign-in",
  },
} as const;

const sign = (secret: string, value: string) =>
  createHmac("sha256", secret).update(`password-reset:${value}`).digest("base64url");

/** A new reset token: random part, then its HMAC. */
export const resetToken = (secret: string) => {
  const random = randomToken();
  return `${random}.${sign(secret, random)}`;
};

/** The token's database key when its signature holds, null otherwise. */
export function resetKey(secret: string, token: string): string | null {
  if (token.length > 200) return null;
  const [random = "", mac = "", ...rest] = token.split(".");
  if (rest.length > 0 || random.length < 20 || !safeEqual(mac, sign(secret, random))) return null;
  return sha256(token);
}

function hrefOf(path: string, returnTo: string, locale: Locale): string {
  const query = new URLSearchParams();
  if (returnTo !== "/") query.set("returnTo", returnTo);
  if (locale !== "fr") query.set("lang", locale);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

function emailError(email: string, t: (typeof texts)[Locale]): FieldError | null {
  if (email === "") return { field: "email", message: t.emailMissing };
  // The same shape as the API's: something@something.something, 200 characters at most.
  return email.length <= 200 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)
    ? null
    : { field: "email", message: t.emailInvalid };
}

export function mountPasswordReset(app: Hono, deps: AppDeps) {
  const { db, config, mail } = deps;
  const context = (c: Context) => {
    const locale = pickLocale(c);
    return { locale, t: texts[locale], returnTo: safeReturnTo(c.req.query("returnTo"), config) };
  };

  const forgottenPage = (
    c: Context,
    email = "",
    errors: FieldError[] = [],
    status: 200 | 400 = 200,
  ) => {
    const { locale, t, returnTo } = context(c);
    const body = `${paragraph(t.explain)}${form(
      hrefOf(passwordResetPaths.forgottenPassword, returnTo, locale),
      `${hidden({ csrf: formToken(c, deps) })}${field(
        {
          name: "email",
          label: t.email,
          hint: t.emailHint,
          type: "email",
          autocomplete: "email",
          value: email,
        },
        errors,
      )}`,
      t.send,
    )}<p>${link(hrefOf("/auth/sign-in", returnTo, locale), t.back)}</p>`;
    return c.html(page({ locale, url: c.req.url, title: t.forgottenTitle, body, errors }), status);
  };
  app.get(passwordResetPaths.forgottenPassword, (c) => forgottenPage(c));
  app.post(passwordResetPaths.forgottenPassword, async (c) => {
    const { locale, t, returnTo } = context(c);
    const form = await acceptAnonymousForm(
      c,
      deps,
      locale,
      hrefOf(passwordResetPaths.forgottenPassword, returnTo, locale),
    );
    if ("refused" in form) return form.refused;
    const { body } = form;
    const email = stringField(body, "email").trim().toLowerCase();
    const error = emailError(email, t);
    if (error) return forgottenPage(c, email, [error], 400);
    // After the answer: whether an account exists changes nothing the browser can see or time.
    setTimeout(() => {
      sendResetLink(deps, email, locale).catch((failure: unknown) =>
        deps.log("error", "password reset link not sent", { error: String(failure) }),
      );
    }, 0);
    return c.html(
      page({
        locale,
        url: c.req.url,
        title: t.sentTitle,
        body: `<p class="notice" role="status">${escapeHtml(t.sent(email))}</p><p>${link(
          hrefOf("/auth/sign-in", returnTo, locale),
          t.back,
        )}</p>`,
      }),
      200,
    );
  });

  const resetPage = (
    c: Context,
    token: string,
    errors: FieldError[] = [],
    status: 200 | 400 = 200,
  ) => {
    const { locale, t, returnTo } = context(c);
    const body = form(
      hrefOf(passwordResetPaths.resetPassword, returnTo, locale),
      `${hidden({ csrf: formToken(c, deps), token })}${field(
        {
          name: "password",
          label: t.password,
          hint: t.passwordHint,
          type: "password",
          autocomplete: "new-password",
          minLength: 12,
        },
        errors,
      )}`,
      t.save,
    );
    return c.html(page({ locale, url: c.req.url, title: t.resetTitle, body, errors }), status);
  };
  const invalidLink = (c: Context) => {
    const { locale, t, returnTo } = context(c);
    return c.html(
      page({
        locale,
        url: c.req.url,
        title: t.invalidTitle,
        body: `${paragraph(t.invalid)}<p>${link(
          hrefOf(passwordResetPaths.forgottenPassword, returnTo, locale),
          t.askAgain,
        )}</p>`,
      }),
      400,
    );
  };
  const liveKey = async (token: string) => {
    const key = resetKey(config.sessionSecret, token);
    if (!key) return null;
    const rows = await db.query(
      "select 1 from password_resets where token_hash = $1 and expires_at > now()",
      [key],
    );
    return rows.length > 0 ? key : null;
  };
  app.get(passwordResetPaths.resetPassword, async (c) => {
    const token = c.req.query("token") ?? "";
    // The token stays out of the Referer of anything this page links to.
    c.header("referrer-policy", "no-referrer");
    return (await liveKey(token)) ? resetPage(c, token) : invalidLink(c);
  });
  app.post(passwordResetPaths.resetPassword, async (c) => {
    const { locale, t, returnTo } = context(c);
    c.header("referrer-policy", "no-referrer");
    const form = await acceptAnonymousForm(
      c,
      deps,
      locale,
      hrefOf(passwordResetPaths.forgottenPassword, returnTo, locale),
    );
    if ("refused" in form) return form.refused;
    const { body } = form;
    const token = stringField(body, "token");
    const key = await liveKey(token);
    if (!key) return invalidLink(c);
    const password = stringField(body, "password");
    if (password.length < 12 || password.length > 200 || password.includes("\u0000"))
      return resetPage(c, token, [{ field: "password", message: t.passwordShort }], 400);
    const passwordHash = await hashPassword(password);
    const changed = await db.transaction(async (tx) => {
      const links = await tx.query<{ user_id: string }>(
        "delete from password_resets where token_hash = $1 and expires_at > now() returning user_id",
        [key],
      );
      if (!links[0]) return false;
      const userId = links[0].user_id;
      const rows = await tx.query(
        `update users set password_hash = $2, email_verified_at = coalesce(email_verified_at, now())
          where id = $1 and erased_at is null returning id`,
        [userId, passwordHash],
      );
      if (rows.length === 0) return false;
      await tx.query("delete from sessions where user_id = $1", [userId]);
      await tx.query("delete from password_resets where user_id = $1", [userId]);
      return true;
    });
    if (!changed) return invalidLink(c);
    return c.html(
      page({
        locale,
        url: c.req.url,
        title: t.doneTitle,
        body: `<p class="notice" role="status">${escapeHtml(t.done)}</p><p>${link(
          hrefOf("/auth/sign-in", returnTo, locale),
          t.signIn,
        )}</p>`,
      }),
      200,
    );
  });

  async function sendResetLink(deps: AppDeps, email: string, locale: Locale) {
    if (!mail) return;
    const users = await db.query<{ id: string; email: string }>(
      `select id, email from users u where email = $1 and erased_at is null and password_hash is not null
          and not exists (select 1 from password_resets r where r.user_id = u.id
                           and r.created_at > now() - interval '${perAccountMinutes} minutes')`,
      [email],
    );
    const user = users[0];
    if (!user) return;
    const token = resetToken(config.sessionSecret);
    await db.query("delete from password_resets where expires_at < now()");
    await db.query(
      `insert into password_resets (token_hash, user_id, expires_at)
       values ($1, $2, now() + interval '${validMinutes} minutes')`,
      [sha256(token), user.id],
    );
    const url = `${deps.config.publicUrl}${passwordResetPaths.resetPassword}?token=${encodeURIComponent(token)}${
      locale === "en" ? "&lang=en" : ""
    }`;
    await mail.sendMail({
      from: config.smtpFrom,
      to: user.email,
      subject: "Nouveau mot de passe / New password",
      text: [
        "Bonjour,",
        "",
        "Pour choisir un nouveau mot de passe sur la boîte à idées, ouvrez ce lien :",
        url,
        `Il est valable ${validMinutes} minutes et une seule fois. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.`,
        "",
        "—",
        "",
        "Hello,",
        "",
        "To choose a new password on the idea box, open this link:",
        url,
        `It is valid for ${validMinutes} minutes and once. If you did not ask for it, ignore this message: your password does not change.`,
      ].join("\n"),
    });
  }
}
