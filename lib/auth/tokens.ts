import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "./audit";
import { viewerForUser } from "./sessions";
import type { Viewer } from "./viewer";

/**
 * Personal API tokens: the way for scripts (`Authorization: Bearer fl_…`). The secret is 32 random bytes, shown once;
 * the database keeps its SHA-256 (a fast hash is enough for a high-entropy secret, and it costs ~1 µs instead of
 * scrypt's ~60 ms per request) and the first characters for recognising it in `user token list`.
 */
const PREFIX = "fl_";
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface TokenRow {
  id: number;
  username: string;
  label: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export async function createApiToken(prisma: PrismaClient, username: string, label: string, actor: string): Promise<{ id: number; token: string }> {
  const user = await prisma.user.findUnique({ where: { username } });
  if (!user) throw new Error(`用户 ${username} 不存在`);
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const created = await prisma.apiToken.create({ data: { userId: user.id, label: label.slice(0, 100), hash: hashToken(token), prefix: token.slice(0, 10) } });
  await recordAudit(prisma, { actor, action: "token_create", target: username, details: { tokenId: created.id, label } });
  return { id: created.id, token };
}

export async function listApiTokens(prisma: PrismaClient, username?: string): Promise<TokenRow[]> {
  const rows = await prisma.apiToken.findMany({
    where: username ? { user: { username } } : {},
    orderBy: { id: "asc" },
    include: { user: { select: { username: true } } },
  });
  return rows.map((r) => ({ id: r.id, username: r.user.username, label: r.label, prefix: r.prefix, createdAt: r.createdAt, lastUsedAt: r.lastUsedAt, revokedAt: r.revokedAt }));
}

export async function revokeApiToken(prisma: PrismaClient, id: number, actor: string): Promise<void> {
  const token = await prisma.apiToken.findUnique({ where: { id }, include: { user: { select: { username: true } } } });
  if (!token) throw new Error(`令牌 #${id} 不存在`);
  if (token.revokedAt === null) await prisma.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  await recordAudit(prisma, { actor, action: "token_revoke", target: token.user.username, details: { tokenId: id } });
}

/** The viewer a Bearer token stands for, or null (unknown, revoked, or its user disabled). */
export async function viewerFromApiToken(prisma: PrismaClient, token: string): Promise<Viewer | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const row = await prisma.apiToken.findUnique({ where: { hash: hashToken(token) }, include: { user: true } });
  if (!row || row.revokedAt !== null || row.user.disabled) return null;
  // Last use is written at most every few minutes, not on every request.
  if (row.lastUsedAt === null || Date.now() - row.lastUsedAt.getTime() > 5 * 60_000) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return viewerForUser(prisma, row.user);
}
