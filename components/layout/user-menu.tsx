"use client";

import { AppLink } from "@/components/layout/app-link";
import { useSyncExternalStore } from "react";
import { csrfHeaders } from "./csrf";

const ROLE = { admin: "管理员", analyst: "分析员", viewer: "只读" } as const;

const noSubscription = () => () => undefined;

/** The fl_name cookie set at login (lib/auth/cookies.ts); "" when absent or unreadable. */
function nameFromCookie(): string {
  const raw = document.cookie.split("; ").find((c) => c.startsWith("fl_name="))?.slice("fl_name=".length);
  try {
    return raw ? decodeURIComponent(raw) : "";
  } catch {
    return "";
  }
}

/**
 * `name` is given for guests only: a signed-in user's name is read in the browser, so the server's page holds nothing
 * personal and is shared by every user with the same role and scope (the response cache's key).
 */
export function UserMenu({ name, role, loggedIn }: { name: string | null; role: keyof typeof ROLE; loggedIn: boolean }) {
  const cookieName = useSyncExternalStore(noSubscription, nameFromCookie, () => "");
  const shown = name ?? (cookieName || "已登录");
  const logout = async () => {
    await fetch("/api/auth/logout", { method: "POST", headers: csrfHeaders() });
    window.location.replace("/");
  };
  return (
    <div className="user-menu">
      <span title={ROLE[role]}>{shown}</span>
      {loggedIn ? (
        <>
          {role === "admin" ? <><AppLink href="/admin/departments">机构</AppLink><AppLink href="/admin/audit">审计</AppLink></> : null}
          <button type="button" className="link-button" onClick={logout}>退出</button>
        </>
      ) : (
        <AppLink href="/login">登录</AppLink>
      )}
    </div>
  );
}
