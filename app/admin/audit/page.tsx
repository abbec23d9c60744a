import { PageHeader } from "@/components/layout/page-header";
import { currentViewer } from "@/lib/auth/current-viewer";
import { listAuditEvents } from "@/lib/queries/list-audit-events";
import { formatDateTime } from "@/lib/figures/format";

export const dynamic = "force-dynamic";

const ACTIONS: Record<string, string> = {
  login: "登录", login_failed: "登录失败", login_throttled: "登录被限流", logout: "退出", import: "导入",
  import_failed: "导入失败", report_version: "新版本", report_delete: "删除报告", department_merge: "部门合并",
  department_rename: "部门更名", department_alias: "部门别名",
  department_split: "部门拆分", department_parent: "上级部门", department_region: "所属地区", department_undo: "撤销机构变更", user_add: "新增用户", user_passwd: "修改密码",
  user_remove: "删除用户", demo_load: "载入演示数据", demo_clear: "清除演示数据",
};

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ action?: string }> }) {
  const viewer = await currentViewer();
  if (viewer.role !== "admin") {
    return (<><PageHeader title="审计日志" /><p className="error-box">需要管理员权限。</p></>);
  }
  const { action } = await searchParams;
  const events = await listAuditEvents(viewer, { action: action && action in ACTIONS ? action : undefined });
  return (
    <>
      <PageHeader title="审计日志" subtitle="导入、版本变更、删除、合并、用户变更与登录：谁、何时、做了什么。" />
      <p className="filters">
        {[["", "全部"], ...Object.entries(ACTIONS)].map(([key, label]) => (
          <a key={key} href={key ? `?action=${key}` : "?"} className={(action ?? "") === key ? "badge info" : "badge"}>{label}</a>
        ))}
      </p>
      <table className="data" data-testid="audit-table">
        <thead><tr><th>时间</th><th>操作人</th><th>操作</th><th>对象</th><th>来源地址</th><th>详情</th></tr></thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at, { seconds: true })}</td>
              <td>{e.actor}</td>
              <td>{ACTIONS[e.action] ?? e.action}</td>
              <td>{e.target}</td>
              <td>{e.ip}</td>
              <td className="muted" style={{ maxWidth: 420, overflowWrap: "anywhere" }}>{e.details}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
