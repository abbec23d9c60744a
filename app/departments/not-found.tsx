import Link from "next/link";

export default function DepartmentNotFound() {
  return (
    <section className="empty-state" role="status">
      <h2>未找到该部门</h2>
      <p>部门不存在、已被删除，或当前账号无权查看。</p>
      <Link className="button primary" href="/departments">返回部门列表</Link>
    </section>
  );
}
