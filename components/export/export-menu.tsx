"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { DataTable } from "@/lib/data-table";
import { downloadTable, type DataFormat } from "./data-downloads";
import { dataUrlToBlob, downloadUrl } from "./download";
import styles from "./export-menu.module.css";

export type ImageFormat = "png" | "svg";

export interface ExportMenuProps {
  /** "<title>-<period>": every file of the card is named after it. */
  fileStem: string;
  /** Framed image of the whole chart as a data URL (EChartHandle.exportImage); null when the chart is not ready. */
  renderImage?: (format: ImageFormat) => string | null;
  /** Images need the chart on screen (the 数据表 view hides it). */
  imagesDisabled?: boolean;
  table?: DataTable;
}

/** Browsers that can put a PNG on the clipboard; elsewhere the 复制图片 item is not shown at all. */
function canCopyImage(): boolean {
  return typeof navigator !== "undefined" && typeof navigator.clipboard?.write === "function" && typeof ClipboardItem !== "undefined";
}

const subscribeNever = () => () => undefined;

async function copyPng(dataUrl: string): Promise<void> {
  // Decoded synchronously, so write() is still inside the click's user activation (Safari insists on it).
  await navigator.clipboard.write([new ClipboardItem({ "image/png": dataUrlToBlob(dataUrl) })]);
}

/** One 导出 ▾ menu per chart card: images (PNG 2×, SVG, clipboard) and the card's data (CSV, Excel). */
export function ExportMenu({ fileStem, renderImage, imagesDisabled = false, table }: ExportMenuProps) {
  const menuRef = useRef<HTMLDetailsElement>(null);
  // false on the server and during hydration, the browser's answer afterwards: no hydration mismatch, no effect.
  const copySupported = useSyncExternalStore(subscribeNever, canCopyImage, () => false);
  const [status, setStatus] = useState("");
  useEffect(() => {
    const close = (event: MouseEvent) => {
      const menu = menuRef.current;
      if (menu?.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
    };
    const escape = (event: KeyboardEvent) => {
      const menu = menuRef.current;
      if (event.key !== "Escape" || !menu?.open) return;
      menu.open = false;
      menu.querySelector("summary")?.focus();
    };
    document.addEventListener("click", close);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("click", close);
      document.removeEventListener("keydown", escape);
    };
  }, []);

  const done = (message = "") => {
    if (menuRef.current) menuRef.current.open = false;
    setStatus(message);
  };
  const image = (format: ImageFormat) => {
    const url = renderImage?.(format) ?? null;
    if (url === null) return done("图表尚未就绪");
    downloadUrl(url, `${fileStem}.${format}`);
    done();
  };
  const copy = () => {
    const url = renderImage?.("png") ?? null;
    if (url === null) return done("图表尚未就绪");
    copyPng(url).then(
      () => done("已复制到剪贴板"),
      () => done("浏览器未允许复制图片"),
    );
  };
  const data = (format: DataFormat) => {
    if (table === undefined) return;
    done(format === "xlsx" ? "正在生成 Excel…" : "");
    downloadTable(table, format, fileStem).then(
      () => setStatus(""),
      (error: unknown) => setStatus(error instanceof Error ? error.message : "导出失败"),
    );
  };

  const hasImages = renderImage !== undefined;
  return (
    <>
      <span className={styles.status} aria-live="polite">{status}</span>
      <details ref={menuRef} className={styles.menu}>
        <summary className={styles.summary}>导出</summary>
        <div className={styles.list} role="menu">
          {hasImages ? (
            <>
              <span className={styles.group}>图片（2 倍清晰度，白底）</span>
              <button type="button" role="menuitem" className={styles.item} disabled={imagesDisabled} onClick={() => image("png")}>导出 PNG</button>
              <button type="button" role="menuitem" className={styles.item} disabled={imagesDisabled} onClick={() => image("svg")}>导出 SVG</button>
              {copySupported ? (
                <button type="button" role="menuitem" className={styles.item} disabled={imagesDisabled} onClick={copy}>复制图片</button>
              ) : null}
            </>
          ) : null}
          {table === undefined ? null : (
            <>
              <span className={styles.group}>数据</span>
              <button type="button" role="menuitem" className={styles.item} onClick={() => data("csv")}>下载 CSV</button>
              <button type="button" role="menuitem" className={styles.item} onClick={() => data("xlsx")}>下载 Excel</button>
            </>
          )}
        </div>
      </details>
    </>
  );
}
