/**
 * The one error type parsers throw. Everything a user can feed in (empty, binary, scanned, encrypted, truncated,
 * unrelated, huge) ends here with a code, a specific Chinese message and where it happened — never an untyped crash.
 */
export type ParseErrorCode =
  | "empty"
  | "unsupported_format"
  | "binary"
  | "needs_ocr"
  | "encrypted"
  | "corrupt"
  | "too_large"
  | "timeout"
  | "unrelated"
  /** A 部门预算/单位预算 (next year's budget): looks like a 决算 but must never be stored as one. */
  | "budget_document"
  /** The document does not say who published it or which year: the user states it (web preview, CLI flags). */
  | "needs_confirmation";

export interface ParseErrorDetails {
  file?: string;
  page?: number;
  line?: number;
  section?: string;
}

export class ParseError extends Error {
  readonly code: ParseErrorCode;
  readonly details: ParseErrorDetails;

  constructor(code: ParseErrorCode, message: string, details: ParseErrorDetails = {}) {
    super(message);
    this.name = "ParseError";
    this.code = code;
    this.details = details;
  }
}

export function isParseError(error: unknown): error is ParseError {
  return error instanceof ParseError;
}
