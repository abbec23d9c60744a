import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "./audit";
import { SESSION_TTL_MS } from "./config";
import { verifyPassword } from "./password";
import { openGate, settleAttempt } from "./throttle";
import type { Role, Viewer } from "./viewer";

/**
 * Sessions live in the database (only a hash of the token), login throttling counters too: no state in process
 * memory, so several app instances behind a load balancer serve the same users.
 */
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface SessionInfo {
  viewer: Viewer;
  csrfToken: string;
  expiresAt: Date;
}

export async function viewerForUser(prisma: PrismaClient, user: { id: number; username: string; displayName: string | null; role: string }): Promise<Viewer> {
  const [scopes, regions] = await Promise.all([
    prisma.userDepartment.findMany({ where: { userId: user.id }, select: { departmentId: true } }),
    prisma.userRegion.findMany({ where: { userId: user.id }, select: { regionCode: true }, orderBy: { regionCode: "asc" } }),
  ]);
  const regionCodes = regions.map((r) => r.regionCode);
  // A region scope is every department in the region or below it (codes nest by prefix), read on each request so a
  // department imported or moved into the region later is included.
  const inRegions = regionCodes.length === 0 ? [] : await prisma.department.findMany({
    where: { OR: regionCodes.map((code) => ({ regionCode: { startsWith: code } })) },
    select: { id: true },
  });
  const ids = [...new Set([...scopes.map((s) => s.departmentId), ...inRegions.map((d) => d.id)])].sort((a, b) => a - b);
  return {
    userId: user.id,
    name: user.displayName ?? user.username,
    role: user.role as Role,
    departmentIds: scopes.length || regionCodes.length ? ids : null,
    ...(regionCodes.length ? { regionCodes } : {}),
  };
}

export async function createSession(prisma: PrismaClient, userId: number): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await prisma.session.create({ data: { id: hashToken(token), userId, csrfToken, expiresAt } });
  return { token, csrfToken, expiresAt };
}

export async function readSession(prisma: PrismaClient, token: string | undefined): Promise<SessionInfo | null> {
  if (!token) return null;
  const session = await prisma.session.findUnique({ where: { id: hashToken(token) }, include: { user: true } });
  if (!session || session.user.disabled) return null;
  if (session.expiresAt.getTime() < Date.now()) {
    await prisma.session.delete({ where: { id: session.id } }).catch(() => undefined);
    return null;
  }
  // Sliding expiry, written at most every few minutes rather than on every request.
  if (Date.now() - session.lastSeenAt.getTime() > 5 * 60_000) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() + SESSION_TTL_MS) } });
  }
  return { viewer: await viewerForUser(prisma, session.user), csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}

export async function deleteSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: hashToken(token) } });
}

export type LoginResult =
  | { ok: true; userId: number; viewer: Viewer }
  | { ok: false; reason: "invalid" | "throttled"; retryAfterSeconds?: number };

/**
 * Checks a password with throttling per user name and per client address (lib/auth/throttle.ts): the gate decides
 * atomically before the (expensive) scrypt check, so parallel guesses cannot slip past the limit.
 */
export async function checkLogin(prisma: PrismaClient, username: string, password: string, ip: string): Promise<LoginResult> {
  const gate = await openGate(prisma, [`user:${username.toLowerCase()}`, `ip:${ip}`]);
  if (!gate.open) {
    await recordAudit(prisma, { actor: username, action: "login_throttled", ip });
    return { ok: false, reason: "throttled", retryAfterSeconds: gate.retryAfterSeconds };
  }
  const user = await prisma.user.findUnique({ where: { username } });
  // Verify against a dummy hash when the user does not exist so timing does not reveal valid usernames.
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const ok = Boolean(user && valid && !user.disabled);
  await settleAttempt(prisma, gate, ok);
  if (!ok || !user) {
    await recordAudit(prisma, { actor: username, action: "login_failed", ip });
    return { ok: false, reason: "invalid" };
  }
  return { ok: true, userId: user.id, viewer: await viewerForUser(prisma, user) };
}

const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
