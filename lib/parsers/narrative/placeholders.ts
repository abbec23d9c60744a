import type { NarrativeContext } from "./stated-amount";

/**
 * Template leftovers a report should not have been published with: "XX"/"××" placeholders, a year missing its last
 * digit ("202 年度"), blank amounts ("为万元"), duplicated units ("万元万元") and instruction text. They go to unread
 * under section "narrative.placeholder" so the validator can turn each into a finding with its location.
 */
const PATTERNS: Array<[RegExp, string]> = [
  [/[XxＸｘ]{2,}|×{2,}|＊{2,}|\*{2,}|某某/g, "模板占位符未替换"],
  [/(?<!\d)20\d(?!\d)年/g, "年份不完整（模板年份未填写）"],
  [/(?:为|计|共|支出|收入)万元/g, "金额空缺（模板数字未填写）"],
  [/万元万元/g, "单位重复"],
  [/(?:请|须|应)(?:根据|按照?)[^。]{0,20}(?:填写|说明|填列)|(?:此处|本处)填写/g, "模板说明文字未删除"],
];

export function findPlaceholders(ctx: NarrativeContext): void {
  for (const [pattern, reason] of PATTERNS) {
    for (const m of ctx.text.matchAll(pattern)) {
      const context = ctx.excerpt(m.index - 8, m.index + m[0].length + 8);
      ctx.note("narrative.placeholder", `${reason}：“${context}”`, m.index);
    }
  }
}
