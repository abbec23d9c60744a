"use client";

import { useViewUrl } from "./use-view-url";

/** Which 类 the second YoY chart shows (?yoy=201). */
export function YoyClassPicker({ classes, selected }: { classes: Array<{ code: string; name: string }>; selected: string }) {
  const setUrl = useViewUrl();
  return (
    <label className="dept-picker">
      类{" "}
      <select value={selected} onChange={(e) => setUrl({ yoy: e.target.value }, "yoy")} aria-label="选择支出功能分类（类）">
        {classes.map((c) => (
          <option key={c.code} value={c.code}>{c.code} {c.name}</option>
        ))}
      </select>
    </label>
  );
}
