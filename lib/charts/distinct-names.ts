/** A category to label: its own name and, nearest first, the names of the codes above it (款, then 类). */
export interface NamedCode {
  code: string;
  name: string;
  parents?: readonly string[];
}

/**
 * Labels that tell repeated names apart: "行政运行" under two 款 becomes "行政运行（人大事务）" and "行政运行（政协事务）".
 * A name that occurs once stays as it is; parents are added one level at a time only while labels still collide, and
 * the code settles what the parents cannot.
 */
export function distinctNames(items: readonly NamedCode[]): string[] {
  const labels = items.map((item) => item.name);
  const depth = Math.max(0, ...items.map((item) => item.parents?.length ?? 0));
  for (let level = 0; level <= depth; level += 1) {
    const repeated = collisions(labels, items);
    if (repeated.size === 0) return labels;
    items.forEach((item, index) => {
      if (!repeated.has(labels[index] ?? "")) return;
      const parents = (item.parents ?? []).slice(0, level + 1).filter((p) => p !== "" && p !== item.name);
      labels[index] = level < depth && parents.length > 0 ? `${item.name}（${parents.join("·")}）` : `${item.name}（${item.code}）`;
    });
  }
  return labels;
}

/** Labels used by more than one distinct code (the same code twice is one category, not a collision). */
function collisions(labels: readonly string[], items: readonly NamedCode[]): Set<string> {
  const codes = new Map<string, Set<string>>();
  labels.forEach((label, index) => {
    const set = codes.get(label) ?? new Set<string>();
    set.add(items[index]?.code ?? "");
    codes.set(label, set);
  });
  return new Set([...codes].filter(([, set]) => set.size > 1).map(([label]) => label));
}
