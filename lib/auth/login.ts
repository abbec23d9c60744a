import "server-only";
import { getPrisma } from "../db/client";
import { recordAudit } from "./audit";
import { checkLogin, createSession, deleteSession, type LoginResult } from "./sessions";

type Session = { token: string; csrfToken: string; expiresAt: Date };

/** The login form's check: throttled password check, then a new session and an audit row. */
export async function loginWithPassword(
  username: string,
  password: string,
  ip: string,
): Promise<Exclude<LoginResult, { ok: true }> | (Extract<LoginResult, { ok: true }> & { session: Session })> {
  const prisma = await getPrisma();
  const result = await checkLogin(prisma, username, password, ip);
  if (!result.ok) return result;
  const session = await createSession(prisma, result.userId);
  await recordAudit(prisma, { actor: result.viewer.name, action: "login", target: username, ip });
  return { ...result, session };
}

export async function logout(sessionToken: string | null, actor: string, ip: string): Promise<void> {
  const prisma = await getPrisma();
  if (sessionToken !== null) await deleteSession(prisma, sessionToken);
  await recordAudit(prisma, { actor, action: "logout", ip });
}
