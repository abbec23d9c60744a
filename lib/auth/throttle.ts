import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS } from "./config";

export type Gate = { open: true; attemptIds: number[] } | { open: false; retryAfterSeconds: number };

/**
 * The throttle's one decision, made atomically: under a transaction-scoped advisory lock per key (user name, client
 * address; taken in sorted order so two gates never deadlock) it counts the window's failures and, when below the
 * limit, records this attempt AS a failure before any password is checked. Parallel attempts therefore queue on the
 * lock and each sees the ones before it: of 40 simultaneous wrong passwords at most LOGIN_MAX_FAILURES are checked,
 * and a right password arriving behind them is refused too. A successful check removes its row (settleAttempt).
 */
export async function openGate(prisma: PrismaClient, keys: string[], now = new Date()): Promise<Gate> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  return prisma.$transaction(async (tx) => {
    for (const key of [...new Set(keys)].sort()) {
      await tx.$queryRaw`SELECT count(*)::int AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`fl-login:${key}`}))) AS l`;
    }
    const counts = await tx.loginAttempt.groupBy({
      by: ["key"],
      where: { key: { in: keys }, success: false, at: { gte: since } },
      _count: { _all: true },
      _min: { at: true },
    });
    const full = counts.find((c) => c._count._all >= LOGIN_MAX_FAILURES);
    if (full) {
      const oldest = full._min.at ?? now;
      return { open: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000)) };
    }
    const created = await tx.loginAttempt.createManyAndReturn({ data: keys.map((key) => ({ key, success: false, at: now })), select: { id: true } });
    return { open: true, attemptIds: created.map((c) => c.id) };
    // A burst queues on the lock and on the connection pool: wait for them rather than fail the attempt.
  }, { maxWait: 30_000, timeout: 30_000 });
}

/** After the check: a success no longer counts against the keys; a failure stays recorded. */
export async function settleAttempt(prisma: PrismaClient, gate: { attemptIds: number[] }, ok: boolean): Promise<void> {
  if (ok) await prisma.loginAttempt.deleteMany({ where: { id: { in: gate.attemptIds } } });
}
