/**
 * Time to build a 10-slide briefing deck (native charts, one SVG image, one table), median of N runs.
 * Run: npx tsx bench/deck.ts [runs] [--out path.pptx]
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { buildDeck, type DeckSlide, type DeckSpec } from "../lib/export/deck";
import { renderChartSvg, withExportFrame } from "../lib/export/chart-svg";

const args = process.argv.slice(2);
const runs = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 15);
const outIndex = args.indexOf("--out");
const outPath = outIndex >= 0 ? args[outIndex + 1] : undefined;

const categories = ["2019年", "2020年", "2021年", "2022年", "2023年", "2024年"];
/** Deterministic figures: a fixed ramp, no Math.random(). */
const ramp = (start: number, step: number) => categories.map((_, index) => Number((start + step * index).toFixed(2)));
const chartTypes = ["bar", "line", "pie", "doughnut"] as const;

const svg = renderChartSvg(
  withExportFrame(
    { xAxis: { type: "category", data: categories }, yAxis: { type: "value" }, series: [{ type: "bar", data: ramp(1800, 221.58) }] },
    { title: "支出趋势", unit: "万元", period: "2019—2024年", source: "bench", exportedAt: new Date("2026-01-01T00:00:00Z") },
  ),
  { width: 960, height: 540 },
);

function slide(index: number): DeckSlide {
  const title = `第${index + 1}页 支出分析`;
  const narrative = "2024年支出2,907.92万元，同比增长27.71%；执行率93.10%，低于全市平均（95.20%）2.10个百分点。";
  if (index === 8) return { title, narrative, imageSvg: svg, source: "bench" };
  if (index === 9) {
    return {
      title,
      narrative,
      table: {
        title: "明细",
        columns: [
          { key: "name", label: "科目", kind: "text" },
          { key: "total", label: "合计", kind: "amount" },
        ],
        rows: Array.from({ length: 30 }, (_, row) => ({ name: `科目${row + 1}`, total: `${(row + 1) * 123456}.00` })),
      },
    };
  }
  const type = chartTypes[index % chartTypes.length]!;
  const series = type === "bar" || type === "line" ? [{ name: "决算数", values: ramp(1800, 221.58) }, { name: "预算数", values: ramp(1900, 200) }] : [{ name: "决算数", values: ramp(100, 50) }];
  return { title, narrative, chart: { type, categories, series, unit: "万元" }, source: "bench" };
}

const spec: DeckSpec = {
  title: "Fiscal Lens 基准简报",
  subtitle: "10页",
  generatedAt: new Date("2026-01-01T00:00:00Z"),
  slides: Array.from({ length: 10 }, (_, index) => slide(index)),
  findings: Array.from({ length: 5 }, (_, index) => ({ severity: index === 0 ? "error" : "info", message: `发现${index + 1}` })),
};

async function main(): Promise<void> {
  await buildDeck(spec);
  const times: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    bytes = await buildDeck(spec);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  console.log(
    `buildDeck: 10 content slides (+title, +findings), ${runs} runs: median ${median.toFixed(1)} ms, ` +
      `min ${times[0]?.toFixed(1)} ms, max ${times[times.length - 1]?.toFixed(1)} ms, ${(bytes.length / 1024).toFixed(0)} KiB`,
  );
  if (outPath) writeFileSync(outPath, bytes);
}

await main();
