import { AppLink } from "@/components/layout/app-link";
import { notFound } from "next/navigation";
import { PdfPage } from "@/components/evidence/pdf-page";
import { TextPage } from "@/components/evidence/text-page";
import { PageHeader } from "@/components/layout/page-header";
import { currentViewer } from "@/lib/auth/current-viewer";
import { evidenceHref, parseEvidenceQuery } from "@/lib/evidence/href";
import { getEvidence } from "@/lib/queries/evidence/get-evidence";
import "../evidence.css";

export const dynamic = "force-dynamic";

export const metadata = { title: "原文 · 财政决算透视" };

type Search = Record<string, string | string[] | undefined>;

/** The evidence viewer: a page of a report's original file with the figure (or a finding's two figures) marked. */
export default async function EvidencePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const raw = (await params).id;
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const reportId = Number(raw);
  const query = parseEvidenceQuery(await searchParams);
  const view = await getEvidence(await currentViewer(), reportId, query);
  if (view === null) notFound();
  const { report, page, pageCount, marks } = view;
  const pageHref = (p: number) => evidenceHref({ reportId, page: p, ...(query.finding === null ? { line: p === query.page ? query.line : null } : { finding: query.finding }) });
  const marked = new Set(marks.filter((m) => m.page === page && m.line !== null).map((m) => m.line as number));
  return (
    <>
      <PageHeader
        title={`${report.department} ${report.year} 年度 · 原文第 ${page} 页`}
        subtitle={<>{report.fileName}{view.sheet === null ? null : ` · 工作表「${view.sheet}」`} · 共 {pageCount} 页 · 第 {report.version} 版</>}
        actions={
          <>
            <AppLink className="button" href={`/departments/${report.departmentId}?year=${report.year}`}>返回部门</AppLink>
            {page > 1 ? <AppLink className="button" href={pageHref(page - 1)}>上一页</AppLink> : null}
            {page < pageCount ? <AppLink className="button" href={pageHref(page + 1)}>下一页</AppLink> : null}
            <a className="button" href={`/api/reports/${report.id}/source`} download>下载原始文件</a>
          </>
        }
      />
      {view.finding === null ? null : (
        <p className={`evidence-finding ${view.finding.severity}`}>
          <span className={`badge ${view.finding.severity}`}>审核</span> <code className="rule">{view.finding.rule}</code> {view.finding.message}
        </p>
      )}
      {marks.length === 0 ? null : (
        <ul className="evidence-marks">
          {marks.map((m, i) => (
            <li key={i}>
              <span className="evidence-swatch" aria-hidden="true" />
              {m.label}：{m.page === page ? <>本页</> : <AppLink href={evidenceHref({ reportId, page: m.page, ...(query.finding === null ? { line: m.line } : { finding: query.finding }) })}>第 {m.page} 页</AppLink>}
              {m.line === null ? null : ` 第 ${m.line} 行`}
            </li>
          ))}
        </ul>
      )}
      <div className="card evidence-card">
        {view.format === "pdf" ? (
          <PdfPage src={`/api/reports/${report.id}/source`} page={page} boxes={view.boxes} />
        ) : (
          <TextPage lines={view.lines} marked={marked} cells={view.format === "xlsx"} />
        )}
      </div>
    </>
  );
}
