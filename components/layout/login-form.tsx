"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="card login-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        const form = new FormData(e.currentTarget);
        const res = await fetch("/api/auth/login", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ username: form.get("username"), password: form.get("password") }),
        });
        setBusy(false);
        if (res.ok) {
          router.push(next);
          router.refresh();
        }
        else setError(((await res.json()) as { error?: { message?: string } }).error?.message ?? "登录失败");
      }}
    >
      <h2>登录</h2>
      <label>用户名<input type="text" name="username" autoComplete="username" required /></label>
      <label>密码<input type="password" name="password" autoComplete="current-password" required /></label>
      {error ? <p className="error-box" role="alert">{error}</p> : null}
      <button className="button primary" type="submit" disabled={busy}>{busy ? "登录中…" : "登录"}</button>
    </form>
  );
}
