"use client";

import { AppLink } from "@/components/layout/app-link";

export default function DepartmentError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="error-box" role="alert">
      <h2>部门页面加载失败</h2>
      <p>读取该部门数据时出错，请稍后重试；如问题持续，请联系管理员。</p>
      <button type="button" className="button" onClick={() => reset()}>重试</button>{" "}
      <AppLink className="button" href="/departments">返回部门列表</AppLink>
    </div>
  );
}
