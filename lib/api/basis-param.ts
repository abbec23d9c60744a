import { z } from "zod";
import { isExecutionBasis, type ExecutionBasis } from "../figures/execution";

/** `?basis=initial|full` of an API request: absent = the view picks; anything else is a 400 (route() query schema). */
export const basisParam = z.custom<ExecutionBasis>(
  (raw) => typeof raw === "string" && isExecutionBasis(raw),
  "参数 basis 应为 initial（对年初预算）或 full（对全年预算）",
);
