"use client";

import { useMemo, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useHydrated } from "@/components/charts/use-hydrated";
import { unpack, type Packed } from "@/lib/cache/packed";
import type { PickerOption } from "@/lib/queries/compare/picker-views";

const MAX = 6;

/**
 * Adds and removes departments; the selection lives only in `?ids=` so a compare view is a shareable link. `chosen` are
 * the compared departments (their chips), `options` every department of the region, packed, and `optionCount` how
 * many of them can still be added (the label's count before the list is read in the browser).
 */
export function DepartmentPicker({ options, optionCount, chosen }: { options: Packed<PickerOption[]>; optionCount: number; chosen: PickerOption[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [filter, setFilter] = useState("");
  // The options are read and listed in the browser only: picking needs scripts anyway, and 500 server-rendered options
  // were a fifth of the compare page's HTML and rendering time.
  const hydrated = useHydrated();
  const all = useMemo(() => (hydrated ? unpack(options) : null), [hydrated, options]);
  const selected = chosen.map((c) => c.id);
  const go = (ids: number[]) => {
    const next = new URLSearchParams(params.toString());
    if (ids.length === 0) next.delete("ids");
    else next.set("ids", ids.join(","));
    router.push(`${pathname}?${next.toString()}`);
  };
  const candidates = all === null ? null : all.filter((o) => !selected.includes(o.id) && o.name.includes(filter.trim()));
  return (
    <div className="compare-picker">
      <div className="compare-chips">
        {chosen.map(({ id, name }) => (
          <span key={id} className="compare-chip">
            {name}
            <button type="button" aria-label={`移除${name}`} onClick={() => go(selected.filter((x) => x !== id))}>×</button>
          </span>
        ))}
        {selected.length === 0 ? <span className="muted">尚未选择部门</span> : null}
      </div>
      {selected.length < MAX ? (
        <div className="compare-add">
          <input type="search" placeholder="筛选部门名称" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="筛选部门" />
          <select
            aria-label="添加部门"
            value=""
            onChange={(e) => {
              const id = Number(e.target.value);
              // Each pick starts the next one afresh: the filter text belonged to the department just added.
              setFilter("");
              if (id > 0) go([...selected, id]);
            }}
          >
            <option value="">添加部门（{candidates?.length ?? optionCount}）…</option>
            {candidates?.slice(0, 500).map((o) => (
              <option key={o.id} value={o.id}>{o.name}</option>
            ))}
          </select>
        </div>
      ) : (
        <span className="muted">最多对比 {MAX} 个部门</span>
      )}
    </div>
  );
}
