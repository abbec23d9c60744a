"use client";

import { useEffect, useRef, useState } from "react";
import type { LineBox } from "@/lib/parsers/contract";

/** Widest the page is drawn, in CSS pixels: readable table figures without a horizontal scroll at 1024 px. */
const MAX_WIDTH = 1000;
/** Padding around a highlighted line, in CSS pixels. */
const PAD = 4;

type State = { kind: "loading" } | { kind: "ready"; scale: number; width: number; height: number } | { kind: "failed"; message: string };

/**
 * One page of the original PDF drawn by pdf.js in the browser, with the marked lines boxed. pdf.js runs on the main
 * thread (its worker module is loaded as a chunk and registered as `pdfjsWorker`), so no worker script URL is needed.
 */
export function PdfPage({ src, page, boxes }: { src: string; page: number; boxes: LineBox[] }) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => Promise<void>) | undefined;
    (async () => {
      const [pdfjs, worker] = await Promise.all([import("pdfjs-dist/legacy/build/pdf.mjs"), import("pdfjs-dist/legacy/build/pdf.worker.mjs")]);
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      const task = pdfjs.getDocument({ url: src, cMapUrl: "/api/pdfjs/cmaps/", cMapPacked: true, isEvalSupported: false, enableXfa: false });
      destroy = () => task.destroy();
      const doc = await task.promise;
      const pdfPage = await doc.getPage(page);
      const base = pdfPage.getViewport({ scale: 1 });
      const canvas = canvasRef.current;
      const wrap = wrapRef.current;
      if (cancelled || canvas === null || wrap === null) return;
      const width = Math.min(wrap.clientWidth, MAX_WIDTH);
      const scale = width / base.width;
      const ratio = window.devicePixelRatio || 1;
      const viewport = pdfPage.getViewport({ scale: scale * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${base.height * scale}px`;
      await pdfPage.render({ canvas, viewport }).promise;
      if (!cancelled) setState({ kind: "ready", scale, width, height: base.height * scale });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      cancelled = true;
      void destroy?.().catch(() => undefined);
    };
  }, [src, page]);

  useEffect(() => {
    if (state.kind === "ready") document.querySelector(".evidence-box")?.scrollIntoView({ block: "center" });
  }, [state]);

  return (
    <div ref={wrapRef} className="evidence-pdf" data-state={state.kind}>
      {state.kind === "failed" ? <p className="error-box">无法显示原文第 {page} 页：{state.message}</p> : null}
      {state.kind === "loading" ? <p className="muted">正在载入原文第 {page} 页…</p> : null}
      <div className="evidence-sheet" style={state.kind === "ready" ? { width: state.width, height: state.height } : undefined}>
        <canvas ref={canvasRef} aria-label={`原文第 ${page} 页`} />
        {state.kind === "ready"
          ? boxes.map((box) => (
              <div
                key={`${box.page}:${box.line}`}
                className="evidence-box evidence-mark"
                data-line={box.line}
                style={{
                  left: box.x0 * state.scale - PAD,
                  top: box.top * state.scale - PAD,
                  width: (box.x1 - box.x0) * state.scale + 2 * PAD,
                  height: (box.bottom - box.top) * state.scale + 2 * PAD,
                }}
              />
            ))
          : null}
      </div>
    </div>
  );
}
