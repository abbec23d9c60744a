import path from "node:path";
import { CliError } from "./args";

/** What the user states for a file whose document does not say it: department name and/or fiscal year. */
export interface ImportOverride {
  departmentName?: string;
  year?: number;
}

function parseYear(raw: string, where: string): number | undefined {
  const text = raw.trim();
  if (text === "") return undefined;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new CliError(`${where}：年度“${text}”不正确（应为 4 位年份，如 2024）`);
  return year;
}

function cells(line: string): string[] {
  return line.split(",").map((cell) => cell.trim().replace(/^"(.*)"$/, "$1").trim());
}

/**
 * `--map FILE.csv`: one `file,department,year` row per report (header row optional, blank cells = read from the
 * document). Files are matched by base name, so the CSV works for a folder wherever it lies.
 */
export function parseImportMap(csv: string, mapName: string): Map<string, ImportOverride> {
  const map = new Map<string, ImportOverride>();
  csv.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const [file = "", department = "", year = ""] = cells(line);
    if (index === 0 && /^(file|文件)/i.test(file) && !/\d{4}/.test(year)) return;
    const where = `${mapName} 第 ${index + 1} 行`;
    if (file === "") throw new CliError(`${where}：缺少文件名（格式：file,department,year）`);
    const override: ImportOverride = { year: parseYear(year, where) };
    if (department !== "") override.departmentName = department;
    map.set(path.basename(file), override);
  });
  return map;
}

/** The override for one file: its --map row, else --department/--year (allowed for a single file only). */
export function overrideFor(file: string, map: Map<string, ImportOverride> | null, single: ImportOverride | null): ImportOverride {
  return map?.get(path.basename(file)) ?? single ?? {};
}

export function singleOverride(department: string | undefined, year: string | undefined, fileCount: number): ImportOverride | null {
  if (department === undefined && year === undefined) return null;
  if (fileCount !== 1) throw new CliError(`--department/--year 只用于单个文件（本次 ${fileCount} 个）；多个文件请用 --map 文件.csv（file,department,year）`);
  const override: ImportOverride = { year: year === undefined ? undefined : parseYear(year, "--year") };
  if (department?.trim()) override.departmentName = department.trim();
  return override;
}
