import { ParsedReport } from "./contract";

/**
 * The parse contract's version. A stored parse (Report.parsed) records the version it was written in
 * (Report.parsedVersion); bump this when the contract changes in a way an old stored parse would not satisfy, and teach
 * `readStoredParse` to read the older version.
 */
export const PARSE_CONTRACT_VERSION = 1;

/** A stored parse that is not in a known version or does not satisfy the contract: never served as if it were. */
export class StoredParseError extends Error {
  constructor(reportId: number, reason: string) {
    super(`stored parse of report ${reportId} is unreadable: ${reason}`);
    this.name = "StoredParseError";
  }
}

/**
 * Report.parsed as read back from the database, checked against the contract's zod schema before anything serves it.
 * The stored JSON itself is returned (zod would drop keys it does not know), so the answer is the document as stored.
 */
export function readStoredParse(reportId: number, json: unknown, version: number): ParsedReport {
  if (version !== PARSE_CONTRACT_VERSION) throw new StoredParseError(reportId, `contract version ${version}, expected ${PARSE_CONTRACT_VERSION}`);
  const checked = ParsedReport.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new StoredParseError(reportId, `${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return json as ParsedReport;
}
