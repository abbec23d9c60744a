import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AppNav } from "@/components/layout/app-nav";
import { UserMenu } from "@/components/layout/user-menu";
import { currentSession, optionalViewer } from "@/lib/auth/current-viewer";
import "./globals.css";

export const metadata: Metadata = {
  title: "财政决算透视 Fiscal Lens",
  description: "部门决算公开报告的汇总、比对与审核",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [session, viewer] = await Promise.all([currentSession(), optionalViewer()]);
  return (
    <html lang="zh-CN">
      <body>
        <header className="app-header">
          <Link className="brand" href="/">
            <span className="brand-mark">财</span>
            <span className="brand-name">财政决算透视</span>
          </Link>
          <AppNav />
          <UserMenu name={viewer?.name ?? "未登录"} role={viewer?.role ?? "viewer"} loggedIn={session !== null} />
        </header>
        <main className="app-main">{children}</main>
      </body>
    </html>
  );
}
