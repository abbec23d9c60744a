"use client";

import { AppLink } from "@/components/layout/app-link";
import { useCallback, useState } from "react";
import { ParsedPreview } from "./parsed-preview";
import { PreviewNotes } from "./preview-notes";
import { isApiError, uploadReport, type DryRunBody, type StoredBody } from "./upload";

type Item =
  | { id: number; file: File; state: "uploading"; progress: number }
  | { id: number; file: File; state: "preview"; preview: DryRunBody; departmentName: string; year: string }
  | { id: number; file: File; state: "saving" }
  | { id: number; file: File; state: "done"; result: StoredBody }
  | { id: number; file: File; state: "failed"; message: string }
  | { id: number; file: File; state: "discarded" }
  | { id: number; file: File; state: "duplicate"; of: { departmentId?: number; department: string; year: number; version: number } };

const RESULT_LABEL = { imported: "已导入", new_version: "已导入为新版本", duplicate: "重复文件，未重复保存" } as const;
let nextId = 1;

export function ImportPanel() {
  const [items, setItems] = useState<Item[]>([]);
  const [dragging, setDragging] = useState(false);
  const update = useCallback((id: number, next: Item) => setItems((all) => all.map((it) => (it.id === id ? next : it))), []);

  const addFiles = useCallback(
    (files: FileList | File[]) => {
      const added = Array.from(files).map((file) => ({ id: nextId++, file, state: "uploading", progress: 0 }) as const);
      setItems((all) => [...all, ...added]);
      for (const item of added) {
        uploadReport(item.file, { dryRun: true, onProgress: (p) => update(item.id, { ...item, progress: p }) })
          .then(({ body }) => {
            if (isApiError(body)) update(item.id, { id: item.id, file: item.file, state: "failed", message: body.error.message });
            else if ("dryRun" in body && body.duplicateOf) {
              update(item.id, { id: item.id, file: item.file, state: "duplicate", of: body.duplicateOf });
            } else if ("dryRun" in body) {
              update(item.id, { id: item.id, file: item.file, state: "preview", preview: body, departmentName: body.department ?? "", year: body.year ? String(body.year) : "" });
            }
          })
          .catch((error: Error) => update(item.id, { id: item.id, file: item.file, state: "failed", message: error.message }));
      }
    },
    [update],
  );

  const confirm = async (item: Extract<Item, { state: "preview" }>) => {
    update(item.id, { id: item.id, file: item.file, state: "saving" });
    try {
      const { body } = await uploadReport(item.file, { dryRun: false, departmentName: item.departmentName, year: item.year });
      if ("status" in body && body.status === "duplicate") update(item.id, { id: item.id, file: item.file, state: "duplicate", of: body });
      else if ("status" in body && body.status) update(item.id, { id: item.id, file: item.file, state: "done", result: body });
      else update(item.id, { id: item.id, file: item.file, state: "failed", message: isApiError(body) ? body.error.message : "导入失败" });
    } catch (error) {
      update(item.id, { id: item.id, file: item.file, state: "failed", message: (error as Error).message });
    }
  };

  const count = (state: Item["state"]) => items.filter((i) => i.state === state).length;
  return (
    <div className="stack">
      <label
        className={`dropzone${dragging ? " dragging" : ""}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); addFiles(e.dataTransfer.files); }}
      >
        {/* The browser's own button reads "Choose Files" in an English browser: it is hidden and the label is the button. */}
        <input className="visually-hidden" type="file" multiple accept=".pdf,.txt,.xlsx" onChange={(e) => e.target.files && addFiles(e.target.files)} data-testid="file-input" />
        <span className="button primary">选择文件…</span>
        <strong>拖放报告文件到这里，或点击选择</strong>
        <span className="muted">支持 PDF（含文字层）、从 PDF 提取的文本（.txt）、Excel 工作簿（.xlsx）；可一次选择多个文件</span>
      </label>
      {items.length > 0 ? (
        <p className="summary" data-testid="import-summary">
          共 {items.length} 个文件：待确认 {count("preview")}，已完成 {count("done")}，重复 {count("duplicate")}，失败 {count("failed")}，已放弃 {count("discarded")}
        </p>
      ) : null}
      {items.map((item) => (
        <section className="card import-item" key={item.id} data-state={item.state}>
          <h3>{item.file.name} <span className="muted">{(item.file.size / 1024).toFixed(0)} KB</span></h3>
          {item.state === "uploading" ? <progress max={1} value={item.progress}>上传中</progress> : null}
          {item.state === "uploading" ? <p className="muted">{item.progress < 1 ? "上传中…" : "解析与审核中…"}</p> : null}
          {item.state === "saving" ? <p className="muted">保存中…</p> : null}
          {item.state === "failed" ? <p className="error-box">{item.message}</p> : null}
          {item.state === "discarded" ? <p className="muted">已放弃，未保存。</p> : null}
          {item.state === "duplicate" ? (
            <p className="notice" data-testid="duplicate-notice">
              相同文件已导入：{item.of.department} {item.of.year} 年度 第 {item.of.version} 版，无需再次导入。
              {item.of.departmentId ? <AppLink href={`/departments/${item.of.departmentId}?year=${item.of.year}`}>查看部门</AppLink> : null}
            </p>
          ) : null}
          {item.state === "done" ? (
            <p className={item.result.status === "duplicate" ? "notice" : "ok-box"}>
              {RESULT_LABEL[item.result.status]}：{item.result.department} {item.result.year} 年度 第 {item.result.version} 版。
              {item.result.departmentId ? <AppLink href={`/departments/${item.result.departmentId}?year=${item.result.year}`}>查看部门</AppLink> : null}
            </p>
          ) : null}
          {item.state === "preview" ? (
            <>
              <PreviewNotes preview={item.preview} />
              <div className="confirm-row">
                <label>部门 <input type="text" value={item.departmentName} onChange={(e) => update(item.id, { ...item, departmentName: e.target.value })} /></label>
                <label>年度 <input type="text" inputMode="numeric" size={6} value={item.year} onChange={(e) => update(item.id, { ...item, year: e.target.value })} /></label>
                <span className="muted">
                  原表单位 {item.preview.report.sourceUnit ?? "未知"}；
                  {item.preview.existingDepartment ? `将归入已有部门“${item.preview.existingDepartment.name}”` : "将新建部门"}
                </span>
                <button className="button primary" onClick={() => confirm(item)} disabled={!item.departmentName || !item.year}>确认导入</button>
                <button className="button" onClick={() => update(item.id, { id: item.id, file: item.file, state: "discarded" })}>放弃</button>
              </div>
              <ParsedPreview report={item.preview.report} />
            </>
          ) : null}
        </section>
      ))}
    </div>
  );
}
