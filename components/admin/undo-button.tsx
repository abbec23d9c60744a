"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postAdmin } from "./post-admin";

/** 撤销 (or, for an undo, 恢复) one recorded organisation change; the server refuses (with the reason shown) when a later change is in the way. */
export function UndoButton({ auditId, summary, label }: { auditId: number; summary: string; label: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    if (!window.confirm(`${label}这次变更？\n${summary}`)) return;
    setBusy(true);
    const result = await postAdmin("/api/admin/departments/undo", { auditId });
    setBusy(false);
    setMessage(result.ok ? null : result.message);
    if (result.ok) router.refresh();
  };
  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={undo} data-testid={`undo-${auditId}`}>{label}</button>
      {message === null ? null : <span className="error-box" role="alert">{message}</span>}
    </>
  );
}
