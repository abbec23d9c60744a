import { LoginForm } from "@/components/layout/login-form";
import { PageHeader } from "@/components/layout/page-header";
import { safeNextPath } from "@/lib/auth/safe-next";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const safeNext = safeNextPath(next);
  return (
    <>
      <PageHeader title="登录财政决算透视" subtitle="导入、修改和管理需要登录；账号由管理员通过 npx fiscal-lens user add 创建。" />
      <LoginForm next={safeNext} />
    </>
  );
}
