"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postAdmin } from "./post-admin";

/** The admin's home-region row: a region from the picker's list, or back to the default. */
export function HomeRegionForm({ options, current }: { options: Array<{ code: string; label: string }>; current: string | null }) {
  const router = useRouter();
  const [value, setValue] = useState(current ?? "");
  const [message, setMessage] = useState("");
  const save = async (homeRegion: string | null) => {
    const result = await postAdmin("/api/admin/settings", { homeRegion });
    setMessage(result.ok ? result.summary : result.message);
    if (result.ok) router.refresh();
  };
  return (
    <form className="filters" onSubmit={(e) => { e.preventDefault(); void save(value || null); }}>
      <label>
        本级地区{" "}
        <select value={value} onChange={(e) => setValue(e.target.value)} aria-label="本级地区">
          <option value="">（默认）</option>
          {options.map((o) => <option key={o.code} value={o.code}>{o.label}</option>)}
        </select>
      </label>
      <button className="button" type="submit">保存</button>
      {message ? <span className="muted" role="status">{message}</span> : null}
    </form>
  );
}
