"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";

/** A select bound to one URL parameter; every other parameter is kept (all view state lives in the URL). */
export function ParamSelect({ param, value, options, label }: {
  param: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  label: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  return (
    <label className="year-picker">
      {label}{" "}
      <select
        value={value}
        aria-label={label}
        onChange={(e) => {
          const next = new URLSearchParams(params.toString());
          next.set(param, e.target.value);
          router.push(`${pathname}?${next.toString()}`);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  );
}
