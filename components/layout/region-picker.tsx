"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ALL_REGIONS } from "@/lib/domain/region-href";

export interface RegionOption {
  code: string;
  label: string;
  /** Indentation depth in the tree. */
  depth: number;
  departments: number;
  hasChildren: boolean;
}

/**
 * The header's region picker: every cross-department view is computed in one region, kept in the URL (`?region=`,
 * `?sub=1` for 含下辖区县) so a link or bookmark shows the same figures. Without `?region=` the home region applies.
 */
export function RegionPicker({ options, home }: { options: RegionOption[]; home: string | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const region = params.get("region") ?? home ?? "";
  const sub = params.get("sub") === "1";
  const selected = options.find((o) => o.code === region);
  // The department list is a register: it alone may show every region at once (cross views total one region).
  const allowAll = pathname === "/departments";
  const go = (next: URLSearchParams) => router.push(`${pathname}?${next.toString()}`);
  if (options.length === 0) return null;
  return (
    <div className="region-picker">
      <label>
        <span className="visually-hidden">地区</span>
        <select
          aria-label="地区"
          value={region}
          onChange={(e) => {
            const next = new URLSearchParams(params.toString());
            next.set("region", e.target.value);
            next.delete("sub");
            go(next);
          }}
        >
          {allowAll ? <option value={ALL_REGIONS}>全部地区</option> : null}
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {"\u3000".repeat(o.depth)}{o.label}（{o.departments}）
            </option>
          ))}
        </select>
      </label>
      {selected?.hasChildren ? (
        <label className="region-sub">
          <input
            type="checkbox"
            checked={sub}
            onChange={(e) => {
              const next = new URLSearchParams(params.toString());
              next.set("region", region);
              if (e.target.checked) next.set("sub", "1");
              else next.delete("sub");
              go(next);
            }}
          />
          含下辖区县
        </label>
      ) : null}
    </div>
  );
}
