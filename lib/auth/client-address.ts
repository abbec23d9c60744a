import { BlockList, isIP } from "node:net";

/**
 * Which address a request comes from. The web server (lib/server/serve.ts) decides it once from the socket and writes
 * it into CLIENT_ADDRESS_HEADER, replacing anything the client sent under that name; X-Forwarded-For is believed only
 * when the socket peer is one of FISCAL_LENS_TRUSTED_PROXIES (comma-separated addresses or CIDR ranges, `loopback`
 * for 127.0.0.0/8 and ::1). Default: no proxy is trusted, so a client cannot choose its own address.
 */
export const CLIENT_ADDRESS_HEADER = "x-fiscal-lens-client";

export function parseTrustedProxies(raw: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (raw ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address = "", bits] = entry.split("/");
    const family = isIP(address);
    if (family === 0) throw new Error(`FISCAL_LENS_TRUSTED_PROXIES 中的“${entry}”不是 IP 地址或网段`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

function normalise(address: string): string {
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

function trusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket peer, or — when that peer is a trusted proxy — the right-most X-Forwarded-For
 * entry that is not itself a trusted proxy (entries to its left were written by the client and prove nothing).
 */
export function clientAddressOf(peer: string | undefined, forwardedFor: string | string[] | undefined, proxies: BlockList): string {
  const socket = normalise(peer ?? "") || "unknown";
  if (!trusted(proxies, socket) || forwardedFor === undefined) return socket;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",").map((s) => normalise(s.trim())).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) return socket;
    if (!trusted(proxies, hop)) return hop;
  }
  return hops[0] ?? socket;
}

/** The address the server decided for this request ("unknown" outside `npm start`, e.g. `next dev` or a test). */
export function requestClientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
