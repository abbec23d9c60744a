"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import styles from "./department-admin.module.css";
import { postAdmin } from "./post-admin";

interface Option { id: number; name: string }

export interface ChangeFormsProps {
  department: { id: number; name: string; parentId: number | null; mergedInto: Option | null; regionCode: string | null };
  /** Live departments (not merged), for the merge target and parent pickers. */
  options: Option[];
  /** Stored regions for the region picker, indented by depth. */
  regions: Array<{ code: string; label: string }>;
  year: number;
}

type Build = (form: FormData) => Record<string, unknown>;

function ChangeForm({ title, hint, submit, build, children, testId }: { title: string; hint: string; submit: string; build: Build; children: ReactNode; testId: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    const result = await postAdmin("/api/admin/departments", build(new FormData(event.currentTarget)));
    setBusy(false);
    setState(result.ok ? { ok: true, text: `已完成：${result.summary}（可在下方撤销）` } : { ok: false, text: result.message });
    if (result.ok) router.refresh();
  };
  return (
    <form className={styles.form} onSubmit={onSubmit} data-testid={testId}>
      <h3>{title}</h3>
      <p className="muted">{hint}</p>
      <div className={styles.fields}>{children}<button className="button" type="submit" disabled={busy}>{submit}</button></div>
      {state === null ? null : <p className={state.ok ? "ok-box" : "error-box"} role="status">{state.text}</p>}
    </form>
  );
}

const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim();

/** The 机构改革 / correction operations on one department, each posted to /api/admin/departments. */
export function DepartmentChangeForms({ department, options, regions, year }: ChangeFormsProps) {
  const others = options.filter((o) => o.id !== department.id);
  const id = department.id;
  const yearField = <label>生效年度 <input name="year" type="number" min={1990} max={2100} defaultValue={year} required className={styles.year} /></label>;
  return (
    <div className={styles.forms}>
      <ChangeForm testId="form-rename" title="更名" hint="现名称自生效年度起改为新名称；原名称保留为曾用名，旧报告仍归入本部门。" submit="更名"
        build={(f) => ({ op: "rename", departmentId: id, name: text(f, "name"), year: Number(text(f, "year")) })}>
        <label>新名称 <input name="name" required minLength={2} maxLength={100} placeholder="如：示例市生态环境局" /></label>
        {yearField}
      </ChangeForm>
      {department.mergedInto === null ? (
        <ChangeForm testId="form-merge" title="合并（机构改革）" hint="本部门自生效年度起并入承继部门：历史报告保留，跨部门视图计入承继部门，本部门页面指向承继部门。" submit="合并"
          build={(f) => ({ op: "merge", departmentId: id, intoId: Number(text(f, "intoId")), year: Number(text(f, "year")) })}>
          <label>并入 <select name="intoId" required defaultValue="">
            <option value="" disabled>选择承继部门</option>
            {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select></label>
          {yearField}
        </ChangeForm>
      ) : (
        <p className="notice">本部门已并入 {department.mergedInto.name}；如需更正，请在下方撤销那次合并。</p>
      )}
      <ChangeForm testId="form-split" title="拆分（机构改革）" hint="自生效年度起分设新部门（每行一个名称），沿用本部门的地区与上级部门；其报告导入后归入新部门。" submit="拆分"
        build={(f) => ({ op: "split", departmentId: id, names: text(f, "names").split(/\n+/).map((n) => n.trim()).filter(Boolean), year: Number(text(f, "year")) })}>
        <label>新部门名称 <textarea name="names" rows={2} required placeholder={"每行一个名称"} /></label>
        {yearField}
      </ChangeForm>
      <ChangeForm testId="form-parent" title="上级部门" hint="所属单位隶属于其主管部门：部门页面列出所属单位，单位页面链接到主管部门。" submit="保存"
        build={(f) => ({ op: "parent", departmentId: id, parentId: text(f, "parentId") === "" ? null : Number(text(f, "parentId")) })}>
        <label>上级部门 <select name="parentId" defaultValue={department.parentId ?? ""}>
          <option value="">（无：本身是主管部门）</option>
          {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select></label>
      </ChangeForm>
      <ChangeForm testId="form-region" title="所属地区" hint="部门及其全部历史报告计入所选地区的汇总视图；列表中没有的地区可填写行政区划代码（如 310107）。" submit="保存"
        build={(f) => {
          const code = text(f, "code") || text(f, "regionCode");
          return { op: "region", departmentId: id, regionCode: code === "" ? null : code };
        }}>
        <label>地区 <select name="regionCode" defaultValue={department.regionCode ?? ""}>
          <option value="">（未归属地区）</option>
          {regions.map((r) => <option key={r.code} value={r.code}>{r.label}</option>)}
        </select></label>
        <label>或代码 <input name="code" inputMode="numeric" pattern="[0-9]{2,12}" placeholder="如 310107" className={styles.year} /></label>
      </ChangeForm>
    </div>
  );
}
