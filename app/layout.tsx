import type { Metadata } from "next";
import type { StaticImageData } from "next/image";
import { AppLink } from "@/components/layout/app-link";
import { Suspense, type ReactNode } from "react";
import { AppNav } from "@/components/layout/app-nav";
import { RegionPicker } from "@/components/layout/region-picker";
import { UserMenu } from "@/components/layout/user-menu";
import { currentResolution } from "@/lib/auth/current-viewer";
import { resolvedViewer } from "@/lib/auth/resolve-viewer";
import { getHomeRegionCode } from "@/lib/queries/region/home-region";
import { listRegionTree } from "@/lib/queries/region/list-regions";
import { regionOptions } from "@/lib/queries/region/region-options";
import brandIcon from "@/components/layout/brand-icon.svg";
import "./globals.css";

export const metadata: Metadata = {
  title: "财政决算透视 Fiscal Lens",
  description: "部门决算公开报告的汇总、比对与审核",
  // A build asset (/_next/static/media/…, named by its content's hash): browsers keep it for good. As app/icon.svg it
  // was asked for again on every page view (max-age=0, no validator), ~3 ms of server CPU each time.
  icons: { icon: { url: (brandIcon as StaticImageData).src, type: "image/svg+xml" } },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const resolution = await currentResolution();
  const viewer = resolvedViewer(resolution);
  const [tree, home] = viewer === null ? [null, null] : await Promise.all([listRegionTree(viewer), getHomeRegionCode(viewer)]);
  return (
    <html lang="zh-CN">
      <body>
        <header className="app-header">
          <AppLink className="brand" href="/">
            <span className="brand-mark">财</span>
            <span className="brand-name">财政决算透视</span>
          </AppLink>
          <Suspense fallback={null}>
            <AppNav />
            {tree === null ? null : <RegionPicker options={regionOptions(tree)} home={home} />}
          </Suspense>
          <UserMenu name={resolution.kind === "session" || resolution.kind === "token" ? null : (viewer?.name ?? "未登录")} role={viewer?.role ?? "viewer"} loggedIn={resolution.kind === "session"} />
        </header>
        <main className="app-main">{children}</main>
      </body>
    </html>
  );
}
