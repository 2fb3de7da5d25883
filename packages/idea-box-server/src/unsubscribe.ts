import { createHmac } from "node:crypto";
import type { Context, Hono } from "hono";
import type { AppDeps } from "./context";
import type { Queryable } from "./db/db";
import { HttpProblem } from "./http-problem";
import { htmlPage } from "./pages";
import { safeEqual } from "./security";

/**
 * One-click unsubscribe from notification e-mails (RFC 8058). Each e-mail carries
 * `List-Unsubscribe: <PUBLIC_URL/email/unsubscribe?token=…>` and
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click`: the mail client POSTs to that address,
 * without a session, and the person's notifications are off. The token is the account id and
 * an HMAC of it with SESSION_SECRET: unguessable, nothing stored, valid as long as the secret.
 * A GET (a person following the link, a link scanner) only shows a page with a button.
 */
export const unsubscribePath = "/email/unsubscribe";

const mac = (secret: string, userId: string) =>
  createHmac("sha256", secret).update(`unsubscribe:${userId}`).digest("base64url");

export const unsubscribeToken = (secret: string, userId: string) =>
  `${userId}.${mac(secret, userId)}`;

/** The `List-Unsubscribe` headers of an e-mail to that person. */
export function unsubscribeHeaders(
  settings: { publicUrl: string; sessionSecret: string },
  userId: string,
): Record<string, string> {
  const url = `${settings.publicUrl}${unsubscribePath}?token=${unsubscribeToken(settings.sessionSecret, userId)}`;
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/** The account a token names, or null when it was not made with this secret. */
function userOf(secret: string, token: string): string | null {
  const [userId, signature, extra] = token.split(".");
  if (!userId || !signature || extra !== undefined || token.length > 200) return null;
  if (!/^[0-9a-f-]{36}$/i.test(userId)) return null;
  return safeEqual(mac(secret, userId), signature) ? userId : null;
}

export async function unsubscribe(db: Queryable, userId: string): Promise<void> {
  await db.query("update users set digest = 'off' where id = $1", [userId]);
}

const invalidLink = (c: Context) => {
  if (c.req.header("accept")?.includes("text/html"))
    return c.html(
      htmlPage(
        {
          title: "Lien de désinscription non valable",
          paragraphs: [
            "Ce lien a été modifié ou ne vient pas de cette boîte à idées. Vous pouvez couper les courriels dans votre profil.",
          ],
        },
        {
          title: "Unsubscribe link not valid",
          paragraphs: [
            "This link was altered or does not come from this idea box. You can turn e-mails off in your profile.",
          ],
        },
      ),
      422,
    );
  throw new HttpProblem("validation", {
    detail: "the unsubscribe token was altered or not made by this server",
    errors: [{ pointer: "/query/token", code: "invalid_token" }],
  });
};

export function mountUnsubscribe(app: Hono, deps: AppDeps) {
  const secret = deps.config.sessionSecret;
  app.get(unsubscribePath, (c) => {
    const token = c.req.query("token") ?? "";
    if (!userOf(secret, token)) return invalidLink(c);
    return c.html(
      htmlPage(
        {
          title: "Ne plus recevoir de courriels",
          paragraphs: [
            "Vous ne recevrez plus de courriels sur les idées que vous suivez. Vous pourrez les réactiver dans votre profil.",
          ],
        },
        {
          title: "Stop e-mails",
          paragraphs: [
            "You will no longer receive e-mails about the ideas you follow. You can turn them back on in your profile.",
          ],
        },
        {
          // Absolute: PUBLIC_URL may carry a path prefix behind a proxy.
          href: `${deps.config.publicUrl}${unsubscribePath}?token=${token}`,
          fr: "Me désinscrire",
          en: "Unsubscribe",
          post: { "List-Unsubscribe": "One-Click" },
        },
      ),
    );
  });
  // No session and no CSRF token: the signed token is the authority, and mail clients POST
  // from their own servers (RFC 8058). Unsubscribing twice changes nothing.
  app.post(unsubscribePath, async (c) => {
    const userId = userOf(secret, c.req.query("token") ?? "");
    if (!userId) return invalidLink(c);
    await unsubscribe(deps.db, userId);
    return c.html(
      htmlPage(
        {
          title: "Désinscription enregistrée",
          paragraphs: [
            "Vous ne recevrez plus de courriels sur les idées que vous suivez. Vous pouvez les réactiver dans votre profil.",
          ],
        },
        {
          title: "You are unsubscribed",
          paragraphs: [
            "You will no longer receive e-mails about the ideas you follow. You can turn them back on in your profile.",
          ],
        },
      ),
    );
  });
}
