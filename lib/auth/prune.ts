import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { LOGIN_WINDOW_MS } from "./config";

/**
 * Retention: login attempts are only needed for the throttle window (kept one day), expired sessions never, revoked
 * API tokens 30 days (so `user token list` still shows them for a while), audit events FISCAL_LENS_AUDIT_RETENTION_DAYS
 * (default 730 — two years; 0 keeps them forever). The web server prunes at start and every hour.
 */
export function auditRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.FISCAL_LENS_AUDIT_RETENTION_DAYS ?? 730);
  return Number.isFinite(days) && days >= 0 ? days : 730;
}

export interface PruneCounts {
  loginAttempts: number;
  sessions: number;
  apiTokens: number;
  auditEvents: number;
}

const DAY_MS = 86_400_000;

export async function pruneSecurityRecords(prisma: PrismaClient, now = new Date(), retentionDays = auditRetentionDays()): Promise<PruneCounts> {
  const at = (ms: number) => new Date(now.getTime() - ms);
  const [loginAttempts, sessions, apiTokens, auditEvents] = await Promise.all([
    prisma.loginAttempt.deleteMany({ where: { at: { lt: at(Math.max(DAY_MS, LOGIN_WINDOW_MS)) } } }),
    prisma.session.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.apiToken.deleteMany({ where: { revokedAt: { lt: at(30 * DAY_MS) } } }),
    retentionDays === 0 ? Promise.resolve({ count: 0 }) : prisma.auditEvent.deleteMany({ where: { at: { lt: at(retentionDays * DAY_MS) } } }),
  ]);
  return { loginAttempts: loginAttempts.count, sessions: sessions.count, apiTokens: apiTokens.count, auditEvents: auditEvents.count };
}
