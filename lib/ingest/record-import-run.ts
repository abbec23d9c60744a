import "server-only";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { recordAudit, type AuditAction } from "../auth/audit";

type Db = PrismaClient | Prisma.TransactionClient;

export interface ImportAttempt {
  actor: string;
  channel: "web" | "api" | "cli" | "demo";
  fileName: string;
  size: number;
}

const AUDIT_ACTION: Record<string, AuditAction> = { imported: "import", new_version: "report_version", failed: "import_failed", duplicate: "import" };

/**
 * One ImportRun row and (except for demo loads) one audit row for an import attempt. A stored report passes its
 * transaction client, so a report committed just before a crash always has both; failures write them on their own.
 */
export async function recordImportRun(
  db: Db,
  attempt: ImportAttempt,
  sha: string | null,
  data: Partial<Prisma.ImportRunUncheckedCreateInput>,
  departmentId: number | null = null,
): Promise<{ id: number }> {
  const status = data.status ?? "failed";
  if (attempt.channel !== "demo") {
    await recordAudit(db, {
      actor: attempt.actor, action: AUDIT_ACTION[status] ?? "import", target: attempt.fileName, departmentId,
      details: { status, channel: attempt.channel, sha256: sha, reportId: data.reportId ?? null, message: data.message ?? null },
    });
  }
  return db.importRun.create({
    data: {
      actor: attempt.actor, channel: attempt.channel, fileName: attempt.fileName, sha256: sha, size: attempt.size,
      status: "failed", finishedAt: new Date(), ...data,
    },
    select: { id: true },
  });
}

/** Audit and ImportRun together, for attempts that store nothing else. */
export function recordImportAttempt(
  prisma: PrismaClient,
  attempt: ImportAttempt,
  sha: string | null,
  data: Partial<Prisma.ImportRunUncheckedCreateInput>,
  departmentId: number | null = null,
) {
  return prisma.$transaction((tx) => recordImportRun(tx, attempt, sha, data, departmentId));
}
