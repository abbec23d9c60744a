import { isExecutionBasis, type ExecutionBasis } from "../figures/execution";
import { badRequest } from "./errors";

/** `?basis=initial|full` of an API request: undefined when absent (the view picks), a 400 for anything else. */
export function basisParam(url: URL): ExecutionBasis | undefined {
  const raw = url.searchParams.get("basis");
  if (raw === null) return undefined;
  if (!isExecutionBasis(raw)) throw badRequest("参数 basis 应为 initial（对年初预算）或 full（对全年预算）", { basis: raw });
  return raw;
}
