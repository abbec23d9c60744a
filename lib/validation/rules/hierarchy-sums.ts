import type { Finding, ParsedReport } from "@/lib/parsers/contract";
import { compareAmounts } from "../amount-finding";
import { at, skipped, type RuleContext, type RuleDefinition } from "../context";
import { childrenOf, lineLabel, linesOfLength, sumColumn, type AmountColumn, type CodedLine } from "../function-lines";

interface HierarchyTable<L extends CodedLine> {
  /** "T03" */
  id: string;
  /** "公开03表 支出决算表" */
  name: string;
  lines: (report: ParsedReport) => readonly L[];
  columns: readonly AmountColumn<L>[];
}

const LEVEL_NAME = { 3: "类", 5: "款", 7: "项" } as const;

function compareParentWithChildren<L extends CodedLine>(
  ctx: RuleContext,
  rule: string,
  table: HierarchyTable<L>,
  parent: L,
  children: readonly L[],
  childLength: 5 | 7,
): Finding[] {
  const parentLevel = LEVEL_NAME[parent.code.length as 3 | 5];
  return table.columns.flatMap((column) => {
    const { sum, blanks, present } = sumColumn(children, column.get);
    const printed = column.get(parent);
    if (present === 0 && (printed === null || printed === undefined)) return [];
    const parentBlank = printed === null || printed === undefined;
    const findings = compareAmounts(ctx, {
      rule,
      subject: `${table.name} ${lineLabel(parent)}${column.label === "合计" ? "" : `（${column.label}）`}`,
      expectedLabel: `${LEVEL_NAME[childLength]}合计`,
      expected: sum,
      actualLabel: `${parentLevel}行`,
      actual: sumColumn([parent], column.get).sum,
      addends: Math.max(present, 1),
      location: at(parent.location, table.name, lineLabel(parent), column.label),
      note: parentBlank || blanks > 0 ? "含空白或未读出的单元格，按 0 计" : undefined,
    });
    // A blank cell may be an unread one: that is worth a look, not a proven error.
    return parentBlank || blanks > 0 ? findings.map((f) => (f.severity === "error" ? { ...f, severity: "warning" as const } : f)) : findings;
  });
}

/** 类 = Σ its 款 (or Σ its 项 when the table prints no 款 rows). */
export function classEqualsSections<L extends CodedLine>(table: HierarchyTable<L>): RuleDefinition {
  const id = `${table.id}.class-equals-sections`;
  return {
    id,
    title: `${table.name}：类 = Σ 款`,
    check: (report, ctx) => {
      const lines = table.lines(report);
      const what = `${table.name} 类与款的合计`;
      if (lines.length === 0) return [skipped(id, what, "该表的各行数据")];
      let compared = 0;
      const findings = linesOfLength(lines, 3).flatMap((parent) => {
        const sections = childrenOf(lines, parent, 5);
        const children = sections.length > 0 ? sections : childrenOf(lines, parent, 7);
        if (children.length === 0) return [];
        compared += 1;
        return compareParentWithChildren(ctx, id, table, parent, children, sections.length > 0 ? 5 : 7);
      });
      return compared === 0 ? [skipped(id, what, "类下的款/项行")] : findings;
    },
  };
}

/** 款 = Σ its 项. */
export function sectionEqualsItems<L extends CodedLine>(table: HierarchyTable<L>): RuleDefinition {
  const id = `${table.id}.section-equals-items`;
  return {
    id,
    title: `${table.name}：款 = Σ 项`,
    check: (report, ctx) => {
      const lines = table.lines(report);
      const what = `${table.name} 款与项的合计`;
      if (lines.length === 0) return [skipped(id, what, "该表的各行数据")];
      let compared = 0;
      const findings = linesOfLength(lines, 5).flatMap((parent) => {
        const items = childrenOf(lines, parent, 7);
        if (items.length === 0) return [];
        compared += 1;
        return compareParentWithChildren(ctx, id, table, parent, items, 7);
      });
      return compared === 0 ? [skipped(id, what, "款下的项行")] : findings;
    },
  };
}

/** Each row: 合计 = Σ of its other columns. */
export function rowTotal<L extends CodedLine>(
  table: HierarchyTable<L>,
  total: AmountColumn<L>,
  parts: readonly AmountColumn<L>[],
): RuleDefinition {
  const id = `${table.id}.row-total`;
  const partNames = parts.map((p) => p.label).join("+");
  return {
    id,
    title: `${table.name}：合计 = ${partNames}`,
    check: (report, ctx) => {
      const lines = table.lines(report);
      const what = `${table.name} 各行合计 = ${partNames}`;
      if (lines.length === 0) return [skipped(id, what, "该表的各行数据")];
      let compared = 0;
      const findings = lines.flatMap((line) => {
        const printed = total.get(line);
        const addends = parts.map((p) => p.get(line)).filter((v): v is string => v !== null && v !== undefined);
        if (printed === null || printed === undefined || addends.length === 0) return [];
        compared += 1;
        return compareAmounts(ctx, {
          rule: id,
          subject: `${table.name} ${lineLabel(line)}`,
          expectedLabel: partNames,
          expected: sumColumn(addends, (v) => v).sum,
          actualLabel: total.label,
          actual: sumColumn([printed], (v) => v).sum,
          addends: addends.length,
          location: at(line.location, table.name, lineLabel(line), total.label),
        });
      });
      return compared === 0 ? [skipped(id, what, `同时列出合计与${partNames}的行`)] : findings;
    },
  };
}

export type { HierarchyTable };
