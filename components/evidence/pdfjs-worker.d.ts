/** pdf.js ships no types for its worker module; the viewer only hands the module to pdf.js as `pdfjsWorker`. */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
