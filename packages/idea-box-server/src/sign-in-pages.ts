import type { Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { Register } from "@communs/idea-box";
import type { AppDeps } from "./context";
import { sendVerificationLink } from "./email-verification";
import { providerLogoutUrl, safeReturnTo } from "./oidc";
import { mountPasswordReset, passwordResetPaths } from "./password-reset";
import {
  createSession,
  hashPassword,
  randomToken,
  readSession,
  safeEqual,
  sessionCookie,
  sessionCookieOptions,
  verifyPassword,
} from "./security";
import {
  escapeHtml,
  field,
  form,
  hidden,
  link,
  page,
  paragraph,
  pickLocale,
  proConnectButton,
  proConnectLogo,
  signInAssets,
  signInStylesheet,
  type FieldError,
  type Locale,
} from "./sign-in-html";
import {
  acceptAnonymousForm,
  expiredForm,
  formBody,
  formToken,
  originAllowed,
  stringField,
} from "./sign-in-forms";

/**
 * The sign-in pages the server serves itself (no client code needed): sign in, create an
 * account, "verify your address" with a resend button, sign out (which also ends the session
 * at the identity provider for people who came through OIDC), and the forgotten-password pages
 * (password-reset.ts). Every page takes `returnTo`: a path of this server or a URL on one of
 * ALLOWED_ORIGINS (`safeReturnTo`), where the person goes once done; and `lang` (fr, en).
 */
export const signInPaths = {
  signIn: "/auth/sign-in",
  createAccount: "/auth/create-account",
  verifyNotice: "/auth/verify-notice",
  signOut: "/auth/sign-out",
  signedOut: "/auth/signed-out",
  ...passwordResetPaths,
} as const;

const pagePaths = new Set<string>(Object.values(signInPaths));
const selfOnPages = (c: Context) => (pagePaths.has(c.req.path) ? "'self'" : "'none'");
/** The CSP's style-src and img-src: 'self' on the sign-in pages (their style sheet and logo), 'none' elsewhere. */
export const signInPagePolicy = { styleSrc: [selfOnPages], imgSrc: [selfOnPages] };

const texts = {
  fr: {
    signInTitle: "Se connecter",
    email: "Adresse électronique",
    emailHint: "Format attendu : nom@domaine.fr",
    password: "Mot de passe",
    newPassword: "Mot de passe",
    newPasswordHint: "12 caractères au moins",
    name: "Nom affiché",
    nameHint: "Visible avec vos idées et commentaires",
    submitSignIn: "Se connecter",
    withPassword: "Avec votre adresse et votre mot de passe",
    forgotten: "Mot de passe oublié ?",
    noAccount: "Pas encore de compte ?",
    create: "Créer un compte",
    createTitle: "Créer un compte",
    submitCreate: "Créer mon compte",
    haveAccount: "Déjà un compte ?",
    registrationClosed:
      "La création de compte est fermée sur cette boîte à idées. Connectez-vous avec un compte existant.",
    emailMissing: "Indiquez votre adresse électronique.",
    emailInvalid: "Indiquez une adresse électronique valide, par exemple nom@exemple.fr.",
    passwordMissing: "Indiquez votre mot de passe.",
    wrong: "Adresse électronique ou mot de passe incorrect.",
    passwordShort: "Choisissez un mot de passe d’au moins 12 caractères (200 au plus).",
    nameInvalid: "Indiquez un nom de 2 à 80 caractères.",
    taken:
      "Un compte utilise déjà cette adresse. Connectez-vous, ou demandez un nouveau mot de passe.",
    verifyTitle: "Confirmez votre adresse électronique",
    verifySent: (email: string) =>
      `Nous avons envoyé un lien de confirmation à ${email}. Ouvrez-le pour confirmer votre adresse : il est valable 48 heures.`,
    verifyWhy:
      "Tant qu’elle n’est pas confirmée, un agent qui se connecte avec ProConnect sous cette adresse la reprend à ce compte.",
    resend: "Renvoyer le lien",
    resent: "Un nouveau lien vient de vous être envoyé.",
    resendWait:
      "Un lien vous a été envoyé il y a moins de 10 minutes : vérifiez vos courriers indésirables avant d’en demander un autre.",
    verified: "Votre adresse électronique est confirmée.",
    continue: "Continuer",
    signOutTitle: "Se déconnecter",
    signOutAsk: (name: string) => `Vous êtes connecté·e en tant que ${name}.`,
    submitSignOut: "Se déconnecter",
    notSignedIn: "Vous n’êtes pas connecté·e.",
    signedOutTitle: "Vous êtes déconnecté·e",
    signedOut: "Vous êtes déconnecté·e de la boîte à idées.",
    providerStillOpen:
      "Vous êtes déconnecté·e de la boîte à idées. Votre session chez votre fournisseur d’identité reste ouverte : il ne propose pas de déconnexion à distance. Fermez votre navigateur pour la terminer.",
    back: "Retour",
  },
  en: {
    signInTitle: "Sign in",
    email: "E-mail address",
    emailHint: "Expected format: name@domain.fr",
    password: "Password",
    newPassword: "Password",
    newPasswordHint: "At least 12 characters",
    name: "Display name",
    nameHint: "Shown with your ideas and comments",
    submitSignIn: "Sign in",
    withPassword: "With your e-mail address and password",
    forgotten: "Forgotten password?",
    noAccount: "No account yet?",
    create: "Create an account",
    createTitle: "Create an account",
    submitCreate: "Create my account",
    haveAccount: "Already have an account?",
    registrationClosed:
      "Account creation is closed on this idea box. Sign in with an existing account.",
    emailMissing: "Enter your e-mail address.",
    emailInvalid: "Enter a valid e-mail address, for example name@example.fr.",
    passwordMissing: "Enter your password.",
    wrong: "Wrong e-mail address or password.",
    passwordShort: "Choose a password of at least 12 characters (200 at most).",
    nameInvalid: "Enter a name of 2 to 80 characters.",
    taken: "An account already uses this address. Sign in, or ask for a new password.",
    verifyTitle: "Confirm your e-mail address",
    verifySent: (email: string) =>
      `We sent a confirmation link to ${email}. Open it to confirm your address: it is valid for 48 hours.`,
    verifyWhy:
      "Until it is confirmed, an agent who signs in with ProConnect under this address takes it back from this account.",
    resend: "Send the link again",
    resent: "A new link has just been sent to you.",
    resendWait:
      "A link was sent to you less than 10 minutes ago: check your junk mail before asking for another.",
    verified: "Your e-mail address is confirmed.",
    continue: "Continue",
    signOutTitle: "Sign out",
    signOutAsk: (name: string) => `You are signed in as ${name}.`,
    submitSignOut: "Sign out",
    notSignedIn: "You are not signed in.",
    signedOutTitle: "You are signed out",
    signedOut: "You are signed out of the idea box.",
    providerStillOpen:
      "You are signed out of the idea box. Your session at your identity provider is still open: it offers no remote logout. Close your browser to end it.",
    back: "Back",
  },
} as const;

export type SignInTexts = (typeof texts)[Locale];

/** A sign-in path with this page's returnTo and language. */
export function hrefOf(path: string, returnTo: string, locale: Locale): string {
  const query = new URLSearchParams();
  if (returnTo !== "/") query.set("returnTo", returnTo);
  if (locale !== "fr") query.set("lang", locale);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** Checks an address as the API's Register does; the error for the field otherwise. */
export function emailError(email: string, t: SignInTexts): FieldError | null {
  if (email.trim() === "") return { field: "email", message: t.emailMissing };
  return Register.shape.email.safeParse(email.trim()).success
    ? null
    : { field: "email", message: t.emailInvalid };
}

export function newPasswordError(password: string, t: SignInTexts): FieldError | null {
  return Register.shape.password.safeParse(password).success
    ? null
    : { field: "password", message: t.passwordShort };
}

export function mountSignInPages(app: Hono, deps: AppDeps) {
  const { db, config, mail } = deps;
  const cookieOptions = sessionCookieOptions(config);
  const context = (c: Context) => {
    const locale = pickLocale(c);
    return { locale, t: texts[locale], returnTo: safeReturnTo(c.req.query("returnTo"), config) };
  };
  const currentSession = async (c: Context) => {
    const token = getCookie(c, sessionCookie);
    return token && token.length < 100 ? readSession(db, token) : null;
  };
  /** Sends the verification link when SMTP is set and the address is not verified. */
  const offerVerification = async (user: { id: string; email: string }) => {
    if (!mail) return false;
    try {
      return await sendVerificationLink(db, mail, config, user);
    } catch (error) {
      deps.log("error", "e-mail verification link not sent", { error: String(error) });
      return false;
    }
  };

  app.get(signInAssets.stylesheet, (c) =>
    c.body(signInStylesheet, 200, {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=3600",
    }),
  );
  app.get(signInAssets.proConnectLogo, (c) =>
    c.body(proConnectLogo, 200, {
      "content-type": "image/svg+xml",
      "cache-control": "public, max-age=86400",
    }),
  );

  // Sign in.
  const signInPage = (
    c: Context,
    values: { email?: string } = {},
    errors: FieldError[] = [],
    status: 200 | 400 | 401 = 200,
  ) => {
    const { locale, t, returnTo } = context(c);
    const proConnect = config.oidc ? proConnectButton(locale, "/auth/oidc/login", returnTo) : "";
    const body = `${proConnect}<h2>${t.withPassword}</h2>${form(
      hrefOf(signInPaths.signIn, returnTo, locale),
      `${hidden({ csrf: formToken(c, deps) })}${field(
        {
          name: "email",
          label: t.email,
          hint: t.emailHint,
          type: "email",
          autocomplete: "username",
          value: values.email ?? "",
        },
        errors,
      )}${field({ name: "password", label: t.password, type: "password", autocomplete: "current-password" }, errors)}`,
      t.submitSignIn,
    )}<ul class="links">${
      mail
        ? `<li>${link(hrefOf(signInPaths.forgottenPassword, returnTo, locale), t.forgotten)}</li>`
        : ""
    }${
      config.allowRegistration
        ? `<li>${t.noAccount} ${link(hrefOf(signInPaths.createAccount, returnTo, locale), t.create)}</li>`
        : ""
    }</ul>`;
    return c.html(page({ locale, url: c.req.url, title: t.signInTitle, body, errors }), status);
  };
  app.get(signInPaths.signIn, (c) => signInPage(c));
  app.post(signInPaths.signIn, async (c) => {
    const { locale, t, returnTo } = context(c);
    const form = await acceptAnonymousForm(
      c,
      deps,
      locale,
      hrefOf(signInPaths.signIn, returnTo, locale),
    );
    if ("refused" in form) return form.refused;
    const { body } = form;
    const email = stringField(body, "email").trim();
    const password = stringField(body, "password");
    const errors = [
      emailError(email, t),
      password === "" ? { field: "password", message: t.passwordMissing } : null,
    ].filter((error): error is FieldError => error !== null);
    if (errors.length > 0) return signInPage(c, { email }, errors, 400);
    const rows = await db.query<{
      id: string;
      email: string;
      password_hash: string | null;
      verified: boolean;
    }>(
      `select id, email, password_hash, email_verified_at is not null as verified
         from users where email = lower($1) and erased_at is null`,
      [email],
    );
    const user = rows[0];
    const ok = await verifyPassword(user?.password_hash ?? null, password.slice(0, 200));
    if (!user || !ok) return signInPage(c, { email }, [{ field: "email", message: t.wrong }], 401);
    const session = await createSession(db, user.id);
    setCookie(c, sessionCookie, session.token, cookieOptions);
    if (!user.verified && mail) {
      await offerVerification(user);
      return c.redirect(hrefOf(signInPaths.verifyNotice, returnTo, locale), 303);
    }
    return c.redirect(returnTo, 303);
  });

  // Create an account.
  const createPage = (
    c: Context,
    values: { email?: string; displayName?: string } = {},
    errors: FieldError[] = [],
    status: 200 | 400 | 403 = 200,
  ) => {
    const { locale, t, returnTo } = context(c);
    const body = config.allowRegistration
      ? `${form(
          hrefOf(signInPaths.createAccount, returnTo, locale),
          `${hidden({ csrf: formToken(c, deps) })}${field(
            {
              name: "displayName",
              label: t.name,
              hint: t.nameHint,
              type: "text",
              autocomplete: "name",
              value: values.displayName ?? "",
            },
            errors,
          )}${field(
            {
              name: "email",
              label: t.email,
              hint: t.emailHint,
              type: "email",
              autocomplete: "email",
              value: values.email ?? "",
            },
            errors,
          )}${field(
            {
              name: "password",
              label: t.newPassword,
              hint: t.newPasswordHint,
              type: "password",
              autocomplete: "new-password",
              minLength: 12,
            },
            errors,
          )}`,
          t.submitCreate,
        )}<p>${t.haveAccount} ${link(hrefOf(signInPaths.signIn, returnTo, locale), t.signInTitle)}</p>`
      : `${paragraph(t.registrationClosed)}<p>${link(hrefOf(signInPaths.signIn, returnTo, locale), t.signInTitle)}</p>`;
    return c.html(page({ locale, url: c.req.url, title: t.createTitle, body, errors }), status);
  };
  app.get(signInPaths.createAccount, (c) =>
    createPage(c, {}, [], config.allowRegistration ? 200 : 403),
  );
  app.post(signInPaths.createAccount, async (c) => {
    const { locale, t, returnTo } = context(c);
    if (!config.allowRegistration) return createPage(c, {}, [], 403);
    const form = await acceptAnonymousForm(
      c,
      deps,
      locale,
      hrefOf(signInPaths.createAccount, returnTo, locale),
    );
    if ("refused" in form) return form.refused;
    const { body } = form;
    const email = stringField(body, "email").trim();
    const displayName = stringField(body, "displayName").trim();
    const password = stringField(body, "password");
    const errors = [
      Register.shape.displayName.safeParse(displayName).success
        ? null
        : { field: "displayName", message: t.nameInvalid },
      emailError(email, t),
      newPasswordError(password, t),
    ].filter((error): error is FieldError => error !== null);
    if (errors.length > 0) return createPage(c, { email, displayName }, errors, 400);
    const passwordHash = await hashPassword(password);
    const created = await db.transaction(async (tx) => {
      const rows = await tx.query<{ id: string; email: string }>(
        `insert into users (email, display_name, password_hash) values (lower($1), $2, $3)
         on conflict (email) do nothing returning id, email`,
        [email, displayName, passwordHash],
      );
      if (!rows[0]) return null;
      return { user: rows[0], session: await createSession(tx, rows[0].id) };
    });
    if (!created)
      return createPage(c, { email, displayName }, [{ field: "email", message: t.taken }], 400);
    setCookie(c, sessionCookie, created.session.token, cookieOptions);
    if (!mail) return c.redirect(returnTo, 303);
    await offerVerification(created.user);
    return c.redirect(hrefOf(signInPaths.verifyNotice, returnTo, locale), 303);
  });

  // "Verify your address", with a button that sends the link again.
  const noticePage = async (c: Context, message?: string) => {
    const { locale, t, returnTo } = context(c);
    const found = await currentSession(c);
    if (!found) return c.redirect(hrefOf(signInPaths.signIn, returnTo, locale), 303);
    const rows = await db.query<{ verified: boolean }>(
      "select email_verified_at is not null as verified from users where id = $1",
      [found.user.id],
    );
    const verified = rows[0]?.verified === true || !found.user.email;
    const body = verified
      ? `${paragraph(t.verified)}<p>${link(returnTo, t.continue)}</p>`
      : `${message ? `<p class="notice" role="status">${escapeHtml(message)}</p>` : ""}${paragraph(
          t.verifySent(found.user.email ?? ""),
        )}${paragraph(t.verifyWhy)}${form(
          hrefOf(signInPaths.verifyNotice, returnTo, locale),
          hidden({ csrf: found.session.csrfToken }),
          t.resend,
          true,
        )}<p>${link(returnTo, t.continue)}</p>`;
    return c.html(page({ locale, url: c.req.url, title: t.verifyTitle, body }), 200);
  };
  app.get(signInPaths.verifyNotice, (c) => noticePage(c));
  app.post(signInPaths.verifyNotice, async (c) => {
    const { locale, t, returnTo } = context(c);
    const body = await formBody(c);
    const found = await currentSession(c);
    if (
      !found ||
      !originAllowed(c, deps) ||
      !safeEqual(stringField(body, "csrf"), found.session.csrfToken)
    )
      return expiredForm(c, locale, hrefOf(signInPaths.verifyNotice, returnTo, locale));
    const sent = found.user.email
      ? await offerVerification({ id: found.user.id, email: found.user.email })
      : false;
    return noticePage(c, sent ? t.resent : t.resendWait);
  });

  // Sign out: a page with a button (a GET never signs out), then back to returnTo.
  app.get(signInPaths.signOut, async (c) => {
    const { locale, t, returnTo } = context(c);
    const found = await currentSession(c);
    const body = found
      ? `${paragraph(t.signOutAsk(found.user.displayName))}${form(
          hrefOf(signInPaths.signOut, returnTo, locale),
          hidden({ csrf: found.session.csrfToken }),
          t.submitSignOut,
        )}`
      : `${paragraph(t.notSignedIn)}<p>${link(returnTo, t.back)}</p>`;
    return c.html(page({ locale, url: c.req.url, title: t.signOutTitle, body }), 200);
  });
  app.post(signInPaths.signOut, async (c) => {
    const { locale, returnTo } = context(c);
    const body = await formBody(c);
    const found = await currentSession(c);
    if (!found) return c.redirect(returnTo, 303);
    if (!originAllowed(c, deps) || !safeEqual(stringField(body, "csrf"), found.session.csrfToken))
      return expiredForm(c, locale, hrefOf(signInPaths.signOut, returnTo, locale));
    const ended = await db.query<{ oidc_id_token: string | null }>(
      "delete from sessions where id_hash = $1 returning oidc_id_token",
      [found.session.idHash],
    );
    deleteCookie(c, sessionCookie, { path: "/" });
    const idToken = ended[0]?.oidc_id_token;
    if (!idToken || !config.oidc) return c.redirect(returnTo, 303);
    // Signed in through the provider: end its session too, then come back to signed-out.
    const state = randomToken(24);
    let logout: URL | null = null;
    try {
      logout = await providerLogoutUrl(
        deps,
        idToken,
        `${config.publicUrl}${signInPaths.signedOut}`,
        state,
      );
    } catch (error) {
      deps.log("error", "oidc discovery failed at logout", { error: String(error) });
    }
    if (!logout) {
      const kept = hrefOf(signInPaths.signedOut, returnTo, locale);
      return c.redirect(`${kept}${kept.includes("?") ? "&" : "?"}provider=kept`, 303);
    }
    await db.query("delete from oidc_logouts where expires_at < now()");
    await db.query(
      "insert into oidc_logouts (state, return_to, expires_at) values ($1, $2, now() + interval '10 minutes')",
      [state, returnTo],
    );
    return c.redirect(logout.href, 303);
  });
  // Back from the provider's logout (with our state), or a logout it could not take part in.
  app.get(signInPaths.signedOut, async (c) => {
    const { locale, t, returnTo } = context(c);
    const state = c.req.query("state");
    if (state && state.length < 100) {
      const rows = await db.query<{ return_to: string }>(
        "delete from oidc_logouts where state = $1 and expires_at > now() returning return_to",
        [state],
      );
      if (rows[0]) return c.redirect(rows[0].return_to, 303);
    }
    return c.html(
      page({
        locale,
        url: c.req.url,
        title: t.signedOutTitle,
        body: `${
          c.req.query("provider") === "kept"
            ? paragraph(t.providerStillOpen)
            : paragraph(t.signedOut)
        }<p>${link(returnTo, t.continue)}</p>`,
      }),
      200,
    );
  });

  // Reset links go only by e-mail: the pages exist with SMTP settings.
  if (mail) mountPasswordReset(app, deps);
}
