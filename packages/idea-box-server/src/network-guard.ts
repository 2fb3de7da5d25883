import { lookup as dnsLookup } from "node:dns";
import { lookup as dnsLookupAll } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Outgoing requests to addresses chosen by users (webhooks) reach only the public Internet:
 * loopback, private, link-local (cloud metadata at 169.254.169.254), unique-local, CGNAT,
 * multicast, reserved, and IPv6 forms that embed an IPv4 address are refused, unless the host
 * is named in WEBHOOK_ALLOWED_HOSTS. The check is made on the resolved address, and the
 * connection goes to the very address checked, so a name that later resolves elsewhere
 * (DNS rebinding) gains nothing.
 */

/** True only for global unicast addresses (ipaddr.js's range table); IPv4-mapped IPv6 judged as IPv4. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === "unicast";
}

/** The URL's host as compared with WEBHOOK_ALLOWED_HOSTS: lower case, IPv6 without brackets. */
export const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1");

/** Refused before any byte is sent; its message is what the delivery log shows. */
export class BlockedAddressError extends Error {
  constructor() {
    super("not delivered: the host has no public address");
    this.name = "BlockedAddressError";
  }
}

/**
 * Checks a webhook URL when it is registered: `null` when acceptable, otherwise the reason.
 * A name must resolve, and every address it resolves to must be public.
 */
export async function checkOutgoingUrl(
  raw: string,
  allowedHosts: readonly string[],
): Promise<"not-http" | "not-public" | null> {
  if (!URL.canParse(raw)) return "not-http";
  const url = new URL(raw);
  if (url.protocol !== "http:" && url.protocol !== "https:") return "not-http";
  const host = hostOf(url);
  if (allowedHosts.includes(host)) return null;
  if (ipaddr.isValid(host)) return isPublicAddress(host) ? null : "not-public";
  try {
    const addresses = await dnsLookupAll(host, { all: true, verbatim: true });
    return addresses.length > 0 && addresses.every((a) => isPublicAddress(a.address))
      ? null
      : "not-public";
  } catch {
    return "not-public";
  }
}

/** A `lookup` for sockets: resolves, refuses unless every address is public, connects to those. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(
    hostname,
    { all: true, verbatim: true, family: options.family, hints: options.hints },
    (error, addresses) => {
      if (error || addresses.length === 0 || !addresses.every((a) => isPublicAddress(a.address)))
        return callback(new BlockedAddressError(), "", 0);
      if (options.all) return (callback as (e: null, a: typeof addresses) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    },
  );
};

export interface GuardedPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  allowedHosts: readonly string[];
  timeoutMs: number;
}

/**
 * POSTs to a URL through the guard; resolves with the HTTP status (redirects are not followed).
 * Rejects with an error whose message is safe to show: it does not tell an unreachable host
 * from a refused one.
 */
export function guardedPost(request: GuardedPost): Promise<number> {
  const url = new URL(request.url);
  const host = hostOf(url);
  const allowed = request.allowedHosts.includes(host);
  if (!allowed && ipaddr.isValid(host) && !isPublicAddress(host))
    return Promise.reject(new BlockedAddressError());
  const send = url.protocol === "https:" ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      url,
      {
        method: "POST",
        headers: { ...request.headers, "content-length": Buffer.byteLength(request.body) },
        agent: false,
        signal: AbortSignal.timeout(request.timeoutMs),
        ...(allowed ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on("error", (error: Error & { code?: string; cause?: unknown }) => {
      if (error instanceof BlockedAddressError || error.cause instanceof BlockedAddressError)
        reject(new BlockedAddressError());
      else if (error.name === "AbortError" || error.name === "TimeoutError")
        reject(new Error("not delivered: timeout"));
      else reject(new Error("not delivered: connection failed"));
    });
    outgoing.end(request.body);
  });
}
