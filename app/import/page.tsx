import { AppLink } from "@/components/layout/app-link";
import { ImportLog, IMPORT_LOG_PAGE_SIZE, IMPORT_STATUS, type ImportLogQuery } from "@/components/import/import-log";
import { ImportPanel } from "@/components/import/import-panel";
import { PageHeader } from "@/components/layout/page-header";
import { currentViewer } from "@/lib/auth/current-viewer";
import { countImportRuns, listImportRuns } from "@/lib/queries/list-import-runs";

export const dynamic = "force-dynamic";

type Search = { status?: string; file?: string; page?: string };

/** ?status= only from the known outcomes, ?file= as typed (at most 100 characters), ?page= a positive integer. */
function logQuery(search: Search): ImportLogQuery {
  const status = search.status !== undefined && search.status in IMPORT_STATUS ? search.status : undefined;
  const file = search.file?.trim().slice(0, 100) || undefined;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(search.page ?? "1", 10) || 1));
  return { ...(status === undefined ? {} : { status }), ...(file === undefined ? {} : { file }), page };
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await currentViewer();
  const canImport = viewer.role === "admin" || viewer.role === "analyst";
  const query = logQuery(await searchParams);
  const filter = { ...(query.status === undefined ? {} : { status: query.status }), ...(query.file === undefined ? {} : { file: query.file }) };
  const [runs, total] = await Promise.all([
    listImportRuns(viewer, IMPORT_LOG_PAGE_SIZE, { ...filter, offset: (query.page - 1) * IMPORT_LOG_PAGE_SIZE }),
    countImportRuns(viewer, filter),
  ]);
  return (
    <>
      <PageHeader title="导入报告" subtitle="上传后先解析、审核并预览，确认后才保存；相同文件不会重复导入，新文件成为该部门该年度的新版本。" />
      {canImport ? (
        <ImportPanel />
      ) : (
        <p className="notice">
          当前为只读访问（{viewer.name}）。导入报告需要 <AppLink href="/login?next=/import">登录</AppLink> 分析员或管理员账号。
        </p>
      )}
      <ImportLog runs={runs} total={total} query={query} />
    </>
  );
}
