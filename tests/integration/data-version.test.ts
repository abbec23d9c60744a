import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { Database } from "@/lib/db/client";
import { readDataVersion } from "@/lib/db/data-version";
import { createSession } from "@/lib/auth/sessions";
import { addUser } from "@/lib/auth/users";
import { deleteReport } from "@/lib/ingest/delete-report";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { dbLabel, openTestDatabase } from "./helpers/test-db";

const TEXT = fs.readFileSync("tests/fixtures/xianning-zhengfuban-2024.txt");

/** The response caches of every instance key on this version: it must move with data and scope changes only. */
describe(`data version (${dbLabel})`, () => {
  let db: Database;
  let cleanup: () => Promise<void>;
  const version = async () => BigInt(await readDataVersion(db.prisma));

  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase());
  });
  afterAll(async () => cleanup());

  test("rises with an import, not with a duplicate upload; rises with a deletion", async () => {
    const start = await version();
    const first = await ingestFile(db.prisma, { bytes: TEXT, fileName: "a.txt", actor: "t", channel: "cli" });
    expect(first.status).toBe("imported");
    const afterImport = await version();
    expect(afterImport).toBeGreaterThan(start);
    const again = await ingestFile(db.prisma, { bytes: TEXT, fileName: "a.txt", actor: "t", channel: "cli" });
    expect(again.status).toBe("duplicate");
    expect(await version()).toBe(afterImport);
    if (first.status !== "imported") return;
    await deleteReport(db.prisma, first.reportId, "t");
    expect(await version()).toBeGreaterThan(afterImport);
  });

  test("rises when a user (role or scope) changes, not when someone logs in", async () => {
    const before = await version();
    const userId = await addUser(db.prisma, { username: "dv-user", role: "viewer", password: "long-enough-pass-1" }, "t");
    const afterUser = await version();
    expect(afterUser).toBeGreaterThan(before);
    await createSession(db.prisma, userId);
    expect(await version()).toBe(afterUser);
  });

  test("an uncommitted change is invisible: the version moves with the commit, not before", async () => {
    const before = await version();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.department.create({ data: { name: "回滚测试部门", normalizedName: "回滚测试部门" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await version()).toBe(before);
  });

  test("one request reads one version even across two copies of the module (the web server's and Next's bundle's)", async () => {
    const server = await import("@/lib/db/data-version");
    vi.resetModules();
    const bundle = await import("@/lib/db/data-version");
    expect(bundle).not.toBe(server);
    const before = await bundle.readDataVersion(db.prisma);
    await server.withOneDataVersion(async () => {
      expect(await bundle.readDataVersion(db.prisma)).toBe(before);
      await addUser(db.prisma, { username: "dv-two-copies", role: "viewer", password: "long-enough-pass-1" }, "t");
      // The request keeps the version it started with, whichever copy reads it.
      expect(await bundle.readDataVersion(db.prisma)).toBe(before);
    });
    expect(BigInt(await bundle.readDataVersion(db.prisma))).toBeGreaterThan(BigInt(before));
  });
});
