"use client";

import { AppLink } from "@/components/layout/app-link";
import { usePathname, useSearchParams } from "next/navigation";

export const NAV_ITEMS = [
  { href: "/", label: "总览" },
  { href: "/departments", label: "部门" },
  { href: "/compare", label: "对比" },
  { href: "/execution", label: "执行率" },
  { href: "/sangong", label: "三公" },
  { href: "/explore", label: "下钻" },
  { href: "/import", label: "导入" },
] as const;

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function AppNav() {
  const pathname = usePathname() ?? "/";
  // The chosen region travels with the user from view to view (it lives in the URL, not in a cookie: cached pages key on it).
  const params = useSearchParams();
  const kept = new URLSearchParams();
  for (const key of ["region", "sub"]) {
    const value = params?.get(key);
    if (value) kept.set(key, value);
  }
  const suffix = kept.size > 0 ? `?${kept.toString()}` : "";
  return (
    <nav className="app-nav" aria-label="主导航">
      {NAV_ITEMS.map((item) => (
        <AppLink key={item.href} href={item.href === "/import" ? item.href : `${item.href}${suffix}`} className={isActive(pathname, item.href) ? "active" : undefined}>
          {item.label}
        </AppLink>
      ))}
    </nav>
  );
}
