import { linkSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/**
 * An exclusive lock on a PGlite data folder: PGlite has no postmaster, so two processes on one
 * folder would each run their own PostgreSQL on the same files and lose each other's writes.
 *
 * The lock is a file holding the owner's pid, host and process start time, created atomically
 * (a hard link of a complete temporary file, which fails if the lock exists). A lock whose
 * owner is gone (a `kill -9`, a power cut) is stale and taken over at once; the start time
 * tells a live owner from a new process that reused its pid.
 */
export const lockFileName = "communs-idea-box.lock";

export class DataFolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly owner: { pid: number; host: string },
  ) {
    super(`${folder} is in use by another Communs server (pid ${owner.pid} on ${owner.host})`);
    this.name = "DataFolderLockedError";
  }
}

interface LockOwner {
  pid: number;
  host: string;
  started: string | null;
}

/** Start time of a process in clock ticks since boot (Linux); null where /proc is missing. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22, counted after the command name, which sits in parentheses and may hold spaces.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function alive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // a shared folder: we cannot tell, so we wait
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const started = processStart(owner.pid);
  return owner.started === null || started === null || started === owner.started;
}

/** Takes the lock or throws DataFolderLockedError; returns the function that releases it. */
export function lockDataFolder(folder: string): () => void {
  const lockPath = path.join(folder, lockFileName);
  const me: LockOwner = { pid: process.pid, host: hostname(), started: processStart(process.pid) };
  const temporary = `${lockPath}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(me));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(temporary, lockPath);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 2) throw error;
      }
      let owner: LockOwner | null = null;
      try {
        owner = JSON.parse(readFileSync(lockPath, "utf8")) as LockOwner;
      } catch {
        owner = null; // unreadable or half-written by a crashed owner: stale
      }
      if (owner && alive(owner)) throw new DataFolderLockedError(folder, owner);
      try {
        unlinkSync(lockPath);
      } catch {
        /* another starter removed it first; the next link decides */
      }
    }
  } finally {
    unlinkSync(temporary);
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    try {
      const owner = JSON.parse(readFileSync(lockPath, "utf8")) as LockOwner;
      if (owner.pid === me.pid && owner.host === me.host) unlinkSync(lockPath);
    } catch {
      /* already gone */
    }
  };
}
