import "server-only";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { auditRow, recordAudit, type AuditAction, type AuditEntry } from "../auth/audit";
import type { AuditEventRow, ImportRunRow } from "./import-columns";

type Db = PrismaClient | Prisma.TransactionClient;

export interface ImportAttempt {
  actor: string;
  channel: "web" | "api" | "cli" | "demo";
  fileName: string;
  size: number;
}

/** What an attempt came to: its status and whatever it produced or said. */
export type ImportOutcome = Partial<Omit<Prisma.ImportRunUncheckedCreateInput, "id" | "actor" | "channel" | "fileName" | "sha256" | "size">>;

const AUDIT_ACTION: Record<string, AuditAction> = { imported: "import", new_version: "report_version", failed: "import_failed", duplicate: "import" };

/** The audit entry of an attempt; demo loads are not audited. */
function auditEntry(attempt: ImportAttempt, sha: string | null, outcome: ImportOutcome, departmentId: number | null): AuditEntry | null {
  if (attempt.channel === "demo") return null;
  const status = outcome.status ?? "failed";
  return {
    actor: attempt.actor, action: AUDIT_ACTION[status] ?? "import", target: attempt.fileName, departmentId,
    details: { status, channel: attempt.channel, sha256: sha, reportId: outcome.reportId ?? null, message: outcome.message ?? null },
  };
}

function importRun(attempt: ImportAttempt, sha: string | null, outcome: ImportOutcome, now: Date) {
  return {
    startedAt: now, actor: attempt.actor, channel: attempt.channel, fileName: attempt.fileName, sha256: sha, size: attempt.size,
    status: "failed", finishedAt: now, errorCount: 0, warningCount: 0, infoCount: 0, ...outcome,
  };
}

/** The ImportRun row (with its reserved id) and audit row of a stored report, for its one-statement insert. */
export function importRunRows(
  attempt: ImportAttempt,
  sha: string,
  outcome: ImportOutcome & { reportId: number; sourceDocumentId: number },
  departmentId: number,
  id: number,
): { audit: AuditEventRow | null; run: ImportRunRow } {
  const now = new Date();
  const entry = auditEntry(attempt, sha, outcome, departmentId);
  return { audit: entry && auditRow(entry, now), run: { ...importRun(attempt, sha, outcome, now), id } };
}

/**
 * One ImportRun row and (except for demo loads) one audit row for an import attempt that stored nothing else (a failure,
 * a duplicate); a stored report writes both inside its own statement (importRunRows).
 */
export async function recordImportRun(
  db: Db,
  attempt: ImportAttempt,
  sha: string | null,
  outcome: ImportOutcome,
  departmentId: number | null = null,
): Promise<{ id: number }> {
  const entry = auditEntry(attempt, sha, outcome, departmentId);
  if (entry) await recordAudit(db, entry);
  return db.importRun.create({ data: importRun(attempt, sha, outcome, new Date()), select: { id: true } });
}

/** Audit and ImportRun together, for attempts that store nothing else. */
export function recordImportAttempt(
  prisma: PrismaClient,
  attempt: ImportAttempt,
  sha: string | null,
  outcome: ImportOutcome,
  departmentId: number | null = null,
) {
  return prisma.$transaction((tx) => recordImportRun(tx, attempt, sha, outcome, departmentId));
}
