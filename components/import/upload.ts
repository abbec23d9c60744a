import type { Finding, ParsedReport, Unread } from "@/lib/parsers/contract";

export interface ApiErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}
export interface DryRunBody {
  dryRun: true;
  department: string | null;
  year: number | null;
  existingDepartment: { id: number; name: string } | null;
  findings: Finding[];
  unread: Unread[];
  report: ParsedReport;
  /** Set when the same bytes are already stored: the file needs no confirmation. */
  duplicateOf?: { reportId: number; departmentId: number; department: string; year: number; version: number } | null;
}
export interface StoredBody {
  status: "imported" | "new_version" | "duplicate";
  reportId: number;
  departmentId?: number;
  department: string;
  year: number;
  version: number;
  findings: Finding[];
}

/** POST a file to /api/reports with upload progress (fetch cannot report upload progress; XHR can). */
export function uploadReport(
  file: File,
  opts: { dryRun: boolean; departmentName?: string; year?: string; onProgress?: (fraction: number) => void },
): Promise<{ status: number; body: DryRunBody | StoredBody | ApiErrorBody }> {
  const form = new FormData();
  form.append("file", file);
  if (opts.departmentName) form.append("departmentName", opts.departmentName);
  if (opts.year) form.append("year", opts.year);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/reports${opts.dryRun ? "?dryRun=1" : ""}`);
    xhr.setRequestHeader("X-Requested-With", "fiscal-lens");
    const csrf = document.cookie.split("; ").find((c) => c.startsWith("fl_csrf="))?.slice("fl_csrf=".length);
    if (csrf) xhr.setRequestHeader("X-CSRF-Token", decodeURIComponent(csrf));
    xhr.upload.onprogress = (e) => e.lengthComputable && opts.onProgress?.(e.loaded / e.total);
    xhr.onload = () => {
      try {
        resolve({ status: xhr.status, body: JSON.parse(xhr.responseText) as DryRunBody | StoredBody | ApiErrorBody });
      } catch {
        reject(new Error(`服务器返回了无法识别的响应（HTTP ${xhr.status}）`));
      }
    };
    xhr.onerror = () => reject(new Error("网络错误，上传未完成"));
    xhr.send(form);
  });
}

export function isApiError(body: unknown): body is ApiErrorBody {
  return typeof body === "object" && body !== null && "error" in body && !("status" in body);
}
