import { AppLink } from "@/components/layout/app-link";

export default function DepartmentNotFound() {
  return (
    <section className="empty-state" role="status">
      <h2>未找到该部门</h2>
      <p>部门不存在、已被删除，或当前账号无权查看。</p>
      <AppLink className="button primary" href="/departments">返回部门列表</AppLink>
    </section>
  );
}
