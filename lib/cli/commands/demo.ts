import { openMigratedDatabase } from "../../db/open-migrated";
import { writeDemoFiles } from "../../demo/write-demo-files";
import { clearDemo, DEFAULT_DEMO, loadDemoCity, loadSampleReports } from "../../ingest/load-demo";
import { CliError, flagInt, flagString, type ParsedArgs } from "../args";
import { createProgress } from "../progress";
import { refreshPlannerStatistics } from "../../db/statistics";

const USAGE = `用法：
  fiscal-lens demo generate --departments N --years 2019-2024 --seed S --out 目录 [--format text|xlsx]
  fiscal-lens demo load [--departments 60] [--years 2019-2024] [--seed 2024]   生成并通过导入流程载入演示城市
  fiscal-lens demo clear                                                       删除全部演示数据（保留真实报告）`;

function parseYears(raw: string | undefined, fallback: [number, number]): [number, number] {
  if (!raw) return fallback;
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(raw);
  if (!m) throw new CliError(`--years 格式应为 2019-2024，收到 "${raw}"`);
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (to < from) throw new CliError("--years 的结束年不能早于开始年");
  return [from, to];
}

export async function runDemo(args: ParsedArgs): Promise<number> {
  const sub = args.positionals[1];
  const departments = flagInt(args, "departments", DEFAULT_DEMO.departments);
  const seed = flagInt(args, "seed", DEFAULT_DEMO.seed);
  const years = parseYears(flagString(args, "years"), DEFAULT_DEMO.years);
  if (sub === "generate") {
    const outDir = flagString(args, "out");
    if (!outDir) throw new CliError("demo generate 需要 --out 目录");
    const format = flagString(args, "format") ?? "text";
    if (format !== "text" && format !== "xlsx") throw new CliError(`--format 只支持 text 或 xlsx（收到 ${format}）`);
    const started = Date.now();
    const { files } = await writeDemoFiles({ departments, years, seed, outDir, format });
    console.log(`已生成 ${files.length} 份演示报告（示例市，演示数据）到 ${outDir}，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
    return 0;
  }
  if (sub === "load" || sub === "clear") {
    const db = await openMigratedDatabase({ role: `fiscal-lens demo ${sub}` });
    try {
      if (sub === "clear") {
        const removed = await clearDemo(db.prisma);
        console.log(`已删除演示报告 ${removed.reports} 份、演示部门 ${removed.departments} 个`);
        return 0;
      }
      await loadSampleReports(db.prisma);
      const bar: { current: ReturnType<typeof createProgress> | null } = { current: null };
      const { results } = await loadDemoCity(db.prisma, {
        departments, years, seed, districts: DEFAULT_DEMO.districts,
        onProgress: (done, total, label) => (bar.current ??= createProgress(total)).update(done, label),
      });
      bar.current?.done();
      await refreshPlannerStatistics(db);
      const failed = results.filter((r) => r.status === "failed");
      console.log(`演示城市：${results.length - failed.length} 份报告已载入，失败 ${failed.length} 份`);
      for (const f of failed) if (f.status === "failed") console.log(`  ${f.error.message}`);
      return failed.length ? 1 : 0;
    } finally {
      await db.close();
    }
  }
  console.log(USAGE);
  return sub ? 1 : 0;
}
