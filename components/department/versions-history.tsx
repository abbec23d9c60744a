"use client";

import { AppLink } from "@/components/layout/app-link";
import { withRegion, type RegionRef } from "@/lib/domain/region-href";
import { formatDateTime } from "@/lib/figures/format";
import type { DepartmentProfile } from "@/lib/queries/department/get-department-profile";

const EVENT_LABEL: Record<string, string> = { rename: "更名", merge: "合并", split: "拆分" };

/**
 * Every imported version (older ones viewable via ?report=), and the department's 机构改革 history. A client component:
 * the page sends the versions, not the rendered table.
 */
export function VersionsHistory({ profile, shownReportId, region }: { profile: DepartmentProfile; shownReportId: number | null; region: RegionRef | null }) {
  return (
    <div className="grid cols-2">
      <div className="card dept-table-wrap">
        <table className="data">
          <thead>
            <tr><th>年度</th><th>版本</th><th>文件</th><th>导入时间</th><th className="num">错误/警告</th><th>查看</th></tr>
          </thead>
          <tbody>
            {profile.versions.map((v) => (
              <tr key={v.reportId} className={v.reportId === shownReportId ? "dept-current-row" : undefined}>
                <td>{v.year}{v.scope === "本级" ? "" : `（${v.scope}）`}</td>
                <td>
                  第 {v.version} 版 {v.isCurrent ? <span className="badge info">当前</span> : <span className="badge">旧版</span>}
                </td>
                <td className="dept-file">
                  <a href={`/api/reports/${v.reportId}/source`} target="_blank" rel="noreferrer">{v.fileName}</a>
                </td>
                <td>{formatDateTime(v.importedAt)}</td>
                <td className="num">{v.errorCount} / {v.warningCount}</td>
                <td>
                  <AppLink href={withRegion(v.isCurrent ? `?year=${v.year}` : `?year=${v.year}&report=${v.reportId}`, region)}>页面</AppLink>{" · "}
                  <a href={`/api/reports/${v.reportId}`} target="_blank" rel="noreferrer">JSON</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <h3>名称与机构沿革</h3>
        {profile.aliases.length === 0 && profile.events.length === 0 && profile.mergedInto === null && profile.mergedFrom.length === 0 ? (
          <p className="muted">无更名或合并记录。</p>
        ) : (
          <ul className="dept-history">
            {profile.mergedInto === null ? null : (
              <li>已并入 <AppLink href={withRegion(`/departments/${profile.mergedInto.id}`, region)}>{profile.mergedInto.name}</AppLink></li>
            )}
            {profile.mergedFrom.map((m) => (
              <li key={m.id}>并入本部门：<AppLink href={withRegion(`/departments/${m.id}`, region)}>{m.name}</AppLink></li>
            ))}
            {profile.aliases.map((a) => (
              <li key={a.name}>曾用名：{a.name}{a.toYear === null ? "" : `（至 ${a.toYear} 年）`}</li>
            ))}
            {profile.events.map((e, i) => (
              <li key={i}>
                {e.year} 年 {EVENT_LABEL[e.kind] ?? e.kind}：{e.note ?? `${e.from.name} → ${e.to.name}`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
