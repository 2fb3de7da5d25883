import type { Hono } from "hono";
import type { AppDeps, MailSender } from "./context";
import type { Queryable } from "./db/db";
import { htmlPage } from "./pages";
import { randomToken, sha256 } from "./security";

/**
 * Local accounts prove their e-mail address by following a link sent through SMTP_URL. Until
 * then the address is "unverified": it still signs in with its password, but it yields to an
 * OIDC sign-in with the same address (see oidc.ts), so nobody can hold an agent's address by
 * registering it first. The database keeps only the link's SHA-256; links last 48 hours.
 */
export const verificationPath = "/auth/verify-email";
const validHours = 48;
/** At most one new link per address in this many minutes (sign-in resends it). */
const resendMinutes = 10;

export async function sendVerificationLink(
  db: Queryable,
  mail: MailSender,
  settings: { publicUrl: string; smtpFrom: string },
  user: { id: string; email: string },
): Promise<boolean> {
  const recent = await db.query(
    `select 1 from email_verifications where user_id = $1 and email = $2
        and created_at > now() - interval '${resendMinutes} minutes'`,
    [user.id, user.email],
  );
  if (recent.length > 0) return false;
  const token = randomToken();
  await db.query(
    `insert into email_verifications (token_hash, user_id, email, expires_at)
     values ($1, $2, $3, now() + interval '${validHours} hours')`,
    [sha256(token), user.id, user.email],
  );
  const link = `${settings.publicUrl}${verificationPath}?token=${token}`;
  await mail.sendMail({
    from: settings.smtpFrom,
    to: user.email,
    subject: "Confirmez votre adresse / Confirm your address",
    text: [
      "Bonjour,",
      "",
      "Pour confirmer que cette adresse est bien la vôtre sur la boîte à idées, ouvrez ce lien :",
      link,
      `Il est valable ${validHours} heures. Si vous n’avez pas créé de compte, ignorez ce message.`,
      "",
      "—",
      "",
      "Hello,",
      "",
      "To confirm this address is yours on the idea box, open this link:",
      link,
      `It is valid for ${validHours} hours. If you did not create an account, ignore this message.`,
    ].join("\n"),
  });
  return true;
}

export function mountEmailVerification(app: Hono, deps: AppDeps) {
  app.get(verificationPath, async (c) => {
    const token = c.req.query("token") ?? "";
    const verified =
      token.length > 0 && token.length < 100
        ? await deps.db.transaction(async (tx) => {
            const links = await tx.query<{ user_id: string; email: string }>(
              "delete from email_verifications where token_hash = $1 and expires_at > now() returning user_id, email",
              [sha256(token)],
            );
            if (!links[0]) return false;
            // Only if the account still holds that address (not erased, not taken back since).
            const rows = await tx.query(
              `update users set email_verified_at = coalesce(email_verified_at, now())
                where id = $1 and email = $2 and erased_at is null returning id`,
              [links[0].user_id, links[0].email],
            );
            return rows.length > 0;
          })
        : false;
    return verified
      ? c.html(
          htmlPage(
            {
              title: "Adresse confirmée",
              paragraphs: ["Merci : votre adresse électronique est confirmée."],
            },
            {
              title: "Address confirmed",
              paragraphs: ["Thank you: your e-mail address is confirmed."],
            },
            { href: "/", fr: "Retour à la boîte à idées", en: "Back to the idea box" },
          ),
          200,
        )
      : c.html(
          htmlPage(
            {
              title: "Lien expiré ou déjà utilisé",
              paragraphs: [
                "Ce lien de confirmation n’est plus valable. Connectez-vous avec votre mot de passe : un nouveau lien vous sera envoyé.",
              ],
            },
            {
              title: "Link expired or already used",
              paragraphs: [
                "This confirmation link is no longer valid. Sign in with your password: a new link will be sent to you.",
              ],
            },
          ),
          400,
        );
  });
}
