import type { DryRunBody } from "./upload";

/**
 * Above the confirm row: "待确认" when the document does not settle who published it or which year (the user fills
 * the fields; nothing failed), and where the name was read, with what confidence, in which script.
 */
export function PreviewNotes({ preview }: { preview: DryRunBody }) {
  const missing = [!preview.department && "部门名称", !preview.year && "年度"].filter(Boolean).join("和");
  const yearNote = preview.report.unread.find((u) => u.section === "年度")?.reason;
  const publisher = preview.report.publisher;
  return (
    <>
      {missing ? (
        <p className="notice" data-testid="needs-confirmation">
          待确认：文档中未能确定{missing}{yearNote ? `（${yearNote}）` : ""}，请在下方填写后确认导入。
        </p>
      ) : null}
      {publisher ? (
        <p className="muted">
          部门名称见于文档 {publisher.seenAt.length} 处（可信度 {Math.round(publisher.confidence * 100)}%）
          {publisher.printedName ? `，原文为繁体“${publisher.printedName}”` : ""}
          {preview.report.narrativeOnly ? "；本文件只有决算情况说明，表格未读取" : ""}
        </p>
      ) : null}
    </>
  );
}
