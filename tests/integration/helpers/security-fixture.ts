import fs from "node:fs";
import { POST as loginRoute } from "@/app/api/auth/login/route";
import { addUser } from "@/lib/auth/users";
import type { Viewer } from "@/lib/auth/viewer";
import { viewerForUser } from "@/lib/auth/sessions";
import { setProcessDatabase, type Database } from "@/lib/db/client";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { openTestDatabase } from "./test-db";

/** What the security tests share: two departments from the 咸宁 text, users of every role and scope, login helpers. */
export const PASSWORD = "correct-horse-battery";
export const TEXT = fs.readFileSync("tests/fixtures/xianning-zhengfuban-2024.txt");
export const basic = (user: string, password = PASSWORD) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
export const credentials = (username: string, password: string) => JSON.stringify({ username, password });
export const params = (id: string) => ({ params: Promise.resolve({ id }) });

export function login(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return loginRoute(new Request("http://localhost/api/auth/login", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", origin: "http://localhost", host: "localhost", "x-fiscal-lens-client": "198.51.100.1", ...headers },
  }));
}

export interface SecurityFixture {
  db: Database;
  cleanup: () => Promise<void>;
  xianning: { reportId: number; departmentId: number };
  other: { reportId: number; departmentId: number };
  scopedAdmin: Viewer;
  scopedViewer: Viewer;
}

/** A fresh database in required-auth mode; `cleanup` drops it and restores the mode. */
export async function openSecurityFixture(): Promise<SecurityFixture> {
  process.env.FISCAL_LENS_AUTH = "required";
  const { db, cleanup } = await openTestDatabase();
  setProcessDatabase(db);
  const a = await ingestFile(db.prisma, { bytes: TEXT, fileName: "xianning.txt", actor: "setup", channel: "web" });
  // A second department from the same text (other bytes, confirmed name): no PDF parsing in the setup.
  const b = await ingestFile(db.prisma, { bytes: Buffer.concat([TEXT, Buffer.from("\n\n")]), fileName: "other.txt", actor: "setup", channel: "web", departmentName: "另一个测试部门" });
  if (a.status !== "imported" || b.status !== "imported") throw new Error("setup import failed");
  const xianning = { reportId: a.reportId, departmentId: a.departmentId };
  const other = { reportId: b.reportId, departmentId: b.departmentId };
  for (const [username, role, departmentIds] of [
    ["analyst", "analyst", []], ["scoped-admin", "admin", [xianning.departmentId]], ["scoped", "viewer", [xianning.departmentId]],
    ["target", "analyst", []], ["sprayed", "analyst", []],
  ] as const) {
    await addUser(db.prisma, { username, role, password: PASSWORD, departmentIds: [...departmentIds] }, "test");
  }
  const user = async (username: string) => viewerForUser(db.prisma, (await db.prisma.user.findUniqueOrThrow({ where: { username } })));
  return {
    db,
    cleanup: async () => {
      delete process.env.FISCAL_LENS_AUTH;
      await cleanup();
    },
    xianning,
    other,
    scopedAdmin: await user("scoped-admin"),
    scopedViewer: await user("scoped"),
  };
}
