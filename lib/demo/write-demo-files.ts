import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateCity } from "./generate-city";
import { demoFileName, renderReportText } from "./render-text";
import { renderReportXlsx } from "./render-xlsx";
import type { GenerateCityOptions } from "./types";

export interface WriteDemoFilesOptions extends GenerateCityOptions {
  outDir: string;
  format: "text" | "xlsx";
}

/** Generates the city and writes one file per report into outDir (created if missing); returns the paths written. */
export async function writeDemoFiles(options: WriteDemoFilesOptions): Promise<{ files: string[] }> {
  const city = generateCity(options);
  await mkdir(options.outDir, { recursive: true });
  const files: string[] = [];
  for (const report of city.reports) {
    const file = path.join(options.outDir, demoFileName(report, options.format));
    const content = options.format === "text" ? renderReportText(report) : await renderReportXlsx(report);
    await writeFile(file, content);
    files.push(file);
  }
  return { files };
}
