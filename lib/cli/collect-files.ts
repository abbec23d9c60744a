import fs from "node:fs";
import path from "node:path";

const REPORT_EXTENSIONS = new Set([".pdf", ".txt", ".xlsx", ".text"]);

/** Files named on the command line plus report files found (recursively, sorted) in named folders. */
export function collectReportFiles(inputs: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (REPORT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const input of inputs) {
    if (!fs.existsSync(input)) missing.push(input);
    else if (fs.statSync(input).isDirectory()) walk(input);
    else files.push(input);
  }
  return { files, missing };
}
