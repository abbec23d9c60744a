import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AppNav } from "@/components/layout/app-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: "财政决算透视 Fiscal Lens",
  description: "部门决算公开报告的汇总、比对与审核",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="app-header">
          <Link className="brand" href="/">
            <span className="brand-mark">财</span>
            <span className="brand-name">财政决算透视</span>
          </Link>
          <AppNav />
        </header>
        <main className="app-main">{children}</main>
      </body>
    </html>
  );
}
