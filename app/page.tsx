import { EmptyState } from "@/components/layout/empty-state";
import { PageHeader } from "@/components/layout/page-header";
import { getDataStatus } from "@/lib/queries/get-data-status";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const status = await getDataStatus();
  if (status.reports === 0) {
    return (
      <>
        <PageHeader title="总览" />
        <EmptyState hint="导入各部门的部门决算公开报告（PDF、文本或 Excel）后，这里显示全市支出、执行率、三公经费和需关注事项。" />
      </>
    );
  }
  return (
    <>
      <PageHeader title="总览" subtitle={`${status.departments} 个部门，${status.reports} 份报告`} />
    </>
  );
}
