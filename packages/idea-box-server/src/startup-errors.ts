import { ConfigError } from "./config";
import { DataFolderLockedError } from "@communs/server";

/**
 * Turns what goes wrong when the server starts into one line naming the setting and what to do,
 * in the style of configuration errors (`Invalid configuration:` then `- NAME: message`).
 * Unknown failures return null: the caller prints them whole.
 */
type Failure = Error & {
  code?: string;
  errno?: number;
  syscall?: string;
  path?: string;
  errors?: Failure[];
};

const codeOf = (error: Failure): string | undefined =>
  error.code ?? error.errors?.find((inner) => inner.code)?.code;

export interface StartContext {
  databaseUrl?: string;
  dataDir?: string;
  /** How the data folder was given, for the message: `--data` or `IDEA_BOX_DATA_DIR`. */
  dataDirSource: string;
}

/** Failures while opening the database (PostgreSQL or the PGlite data folder). */
export function databaseError(error: unknown, context: StartContext): ConfigError | null {
  if (error instanceof ConfigError) return error;
  const failure = error as Failure;
  const code = codeOf(failure);
  if (error instanceof DataFolderLockedError)
    return new ConfigError([
      `${context.dataDirSource}: the data folder ${error.folder} is in use by another idea box server (pid ${error.owner.pid} on ${error.owner.host}); stop that server or give this one another folder`,
    ]);
  if (context.databaseUrl) {
    const url = URL.canParse(context.databaseUrl) ? new URL(context.databaseUrl) : null;
    const where = url ? `${url.hostname}:${url.port || "5432"}` : "the server";
    const database = url ? decodeURIComponent(url.pathname.slice(1)) || "postgres" : "";
    const role = url ? decodeURIComponent(url.username) || "(the system user)" : "";
    const line = (message: string) => new ConfigError([`DATABASE_URL: ${message}`]);
    switch (code) {
      case "ECONNREFUSED":
        return line(
          `nothing answers at ${where} (connection refused); start PostgreSQL or correct the host and port`,
        );
      case "ENOTFOUND":
      case "EAI_AGAIN":
        return line(`unknown host "${url?.hostname}"; correct the host name`);
      case "ETIMEDOUT":
      case "EHOSTUNREACH":
      case "ENETUNREACH":
        return line(`${where} cannot be reached (${code}); check the host, port and firewall`);
      case "3D000":
        return line(
          `the database "${database}" does not exist on ${where}; create it (createdb ${database}) or correct its name`,
        );
      case "28000":
        return line(
          /role/i.test(failure.message)
            ? `the role "${role}" does not exist on ${where}; create it or correct the user name`
            : `${where} refuses this connection (${failure.message}); check pg_hba.conf and the user`,
        );
      case "28P01":
        return line(`wrong password for the role "${role}"; correct the password`);
      case "53300":
        return line(`${where} has no free connection; raise max_connections or stop other clients`);
    }
    if (/^[0-9A-Z]{5}$/.test(code ?? ""))
      return line(`PostgreSQL refused to open the database: ${failure.message}`);
    return null;
  }
  if (context.dataDir && failure.syscall) {
    const folder = context.dataDir;
    const name = context.dataDirSource;
    if (code === "EEXIST" || code === "ENOTDIR")
      return new ConfigError([
        `${name}: ${folder} is a file (or lies under one), not a folder; give the path of a folder`,
      ]);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS")
      return new ConfigError([
        `${name}: the data folder ${folder} is not writable by this user; change its permissions or give another folder`,
      ]);
    if (code === "ENOSPC")
      return new ConfigError([`${name}: no space left for the data folder ${folder}; free some`]);
  }
  return null;
}

/** Failures of `listen`: port in use, an address that is not this machine's, unknown HOST. */
export function listenError(
  error: unknown,
  settings: { host: string; port: number; portSource: string },
): ConfigError | null {
  const code = codeOf(error as Failure);
  const { host, port, portSource } = settings;
  switch (code) {
    case "EADDRINUSE":
      return new ConfigError([
        `${portSource}: port ${port} is already in use on ${host}; stop the other program or choose another port`,
      ]);
    case "EACCES":
      return new ConfigError([
        `${portSource}: port ${port} needs privileges this user does not have; choose a port above 1023`,
      ]);
    case "EADDRNOTAVAIL":
      return new ConfigError([
        `HOST: ${host} is not an address of this machine; use one of its addresses, 127.0.0.1 or 0.0.0.0`,
      ]);
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NONAME":
      return new ConfigError([
        `HOST: unknown host "${host}"; use an address of this machine such as 127.0.0.1, 0.0.0.0 or localhost`,
      ]);
  }
  return null;
}
