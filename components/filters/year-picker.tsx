"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";

/** Year selector that keeps every other URL parameter (all view state lives in the URL). */
export function YearPicker({ years, year, param = "year", label = "年度" }: { years: number[]; year: number | null; param?: string; label?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  return (
    <label className="year-picker">
      {label}{" "}
      <select
        value={year ?? ""}
        onChange={(e) => {
          const next = new URLSearchParams(params.toString());
          next.set(param, e.target.value);
          router.push(`${pathname}?${next.toString()}`);
        }}
      >
        {years.map((y) => (
          <option key={y} value={y}>{y} 年度</option>
        ))}
      </select>
    </label>
  );
}
