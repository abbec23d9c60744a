/** POSTs JSON to an admin route with the session's CSRF token; resolves to the server's Chinese message on refusal. */
export async function postAdmin(url: string, body: unknown): Promise<{ ok: true; summary: string } | { ok: false; message: string }> {
  const csrf = document.cookie.split("; ").find((c) => c.startsWith("fl_csrf="))?.slice("fl_csrf=".length) ?? "";
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": decodeURIComponent(csrf) },
    body: JSON.stringify(body),
  });
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const summary = (json as { summary?: unknown } | null)?.summary;
    return { ok: true, summary: typeof summary === "string" ? summary : "已完成" };
  }
  const error = (json as { error?: { message?: unknown; details?: { issues?: Array<{ message?: unknown }> } } } | null)?.error;
  const issue = error?.details?.issues?.[0]?.message;
  return { ok: false, message: typeof issue === "string" ? issue : typeof error?.message === "string" ? error.message : `请求失败（${response.status}）` };
}
