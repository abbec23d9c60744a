"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { ALL_REGIONS } from "@/lib/domain/region-href";
import { downloadBlob, errorMessage } from "./download";
import styles from "./briefing-button.module.css";

export type BriefingRequest =
  | { kind: "overview"; year: number }
  | { kind: "department"; id: number; year: number }
  | { kind: "compare"; ids: readonly number[]; year: number };

/** `view` = the page's own URL parameters: the deck is computed in the region the page shows (?region=&sub=). */
export function briefingHref(request: BriefingRequest, view?: Pick<URLSearchParams, "get"> | null): string {
  const params = new URLSearchParams({ kind: request.kind });
  if (request.kind === "department") params.set("id", String(request.id));
  if (request.kind === "compare") params.set("ids", request.ids.join(","));
  params.set("year", String(request.year));
  // 全部地区 (`region=all`) is the department list's choice, not a region a deck is computed in.
  if (view?.get("region") !== ALL_REGIONS) {
    for (const key of ["region", "sub"]) {
      const value = view?.get(key);
      if (value) params.set(key, value);
    }
  }
  return `/api/deck?${params.toString()}`;
}

function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  return encoded === undefined ? fallback : decodeURIComponent(encoded);
}

/**
 * 生成汇报材料: the PPTX briefing of what the page shows (GET /api/deck). A plain link underneath, so it works before
 * hydration too; with JavaScript the deck is fetched so the user sees progress and a Chinese error instead of a
 * JSON page. The server applies the viewer's department scope; the button never decides what may be exported.
 */
export function BriefingButton(props: BriefingRequest & { label?: string }) {
  const { label = "生成汇报材料", ...request } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const href = briefingHref(request, useSearchParams());
  const disabled = request.kind === "compare" && request.ids.length < 2;

  const generate = async () => {
    setBusy(true);
    setError("");
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error(await errorMessage(response));
      downloadBlob(await response.blob(), fileNameOf(response, "汇报材料.pptx"));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "生成失败");
    } finally {
      setBusy(false);
    }
  };

  if (disabled) {
    return (
      <button type="button" className="button" disabled title="请至少选择 2 个部门">
        {label}
      </button>
    );
  }
  return (
    <span className={styles.wrap}>
      <a
        href={href}
        className={`button primary ${styles.link}`}
        aria-busy={busy}
        onClick={(event) => {
          event.preventDefault();
          if (!busy) void generate();
        }}
      >
        {busy ? "正在生成…" : label}
      </a>
      {error === "" ? null : (
        <span role="alert" className={styles.error}>
          {error}
        </span>
      )}
    </span>
  );
}
