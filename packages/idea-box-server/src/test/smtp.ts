import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** One message as the SMTP server received it. */
export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as sent: headers and quoted-printable body. */
  raw: string;
}

/** Quoted-printable undone (soft line breaks, `=XX` bytes), read as UTF-8: enough for French text. */
export const quotedPrintable = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");

/** A message's text to search: its body decoded, and its base64 encoded words (subjects) too. */
export const mailText = (mail: ReceivedMail) =>
  quotedPrintable(mail.raw).replace(/=\?utf-8\?B\?(.*?)\?=/gi, (_, text: string) =>
    Buffer.from(text, "base64").toString("utf8"),
  );

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>`: what SMTP_URL points at. */
  readonly url: string;
  /** Every message received, in order. */
  readonly received: ReceivedMail[];
  /** Stops listening (the server's sends then fail, as with an SMTP server down). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server) on 127.0.0.1 that records each message: e-mails leave the
 * idea box server through its own nodemailer transport, as in production.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let port = 0;
  let server: SMTPServer;
  const listen = () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("latin1")));
        stream.on("end", () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw,
          });
          callback();
        });
      },
    });
    return new Promise<void>((resolve) =>
      server.listen(port, "127.0.0.1", () => {
        port = (server.server.address() as AddressInfo).port;
        resolve();
      }),
    );
  };
  await listen();
  return {
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    restart: listen,
  };
}
