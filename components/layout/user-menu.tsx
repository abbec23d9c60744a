"use client";

import Link from "next/link";
import { csrfHeaders } from "./csrf";

const ROLE = { admin: "管理员", analyst: "分析员", viewer: "只读" } as const;

export function UserMenu({ name, role, loggedIn }: { name: string; role: keyof typeof ROLE; loggedIn: boolean }) {
  const logout = async () => {
    await fetch("/api/auth/logout", { method: "POST", headers: csrfHeaders() });
    window.location.replace("/");
  };
  return (
    <div className="user-menu">
      <span title={ROLE[role]}>{name}</span>
      {loggedIn ? (
        <>
          {role === "admin" ? <><Link href="/admin/departments">机构</Link><Link href="/admin/audit">审计</Link></> : null}
          <button type="button" className="link-button" onClick={logout}>退出</button>
        </>
      ) : (
        <Link href="/login">登录</Link>
      )}
    </div>
  );
}
