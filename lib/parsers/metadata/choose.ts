import { nameKey } from "./org-name";
import type { DocumentKind, NameSighting, SeenKind, Sighting, TitleSighting } from "./sightings";

/** How much one sighting says: the cover and part titles are written by the publisher about itself. */
const WEIGHT: Record<SeenKind, number> = { cover: 3, partTitle: 2, tableHeader: 2, overview: 2, title: 1, fileName: 0.5 };
/** Nine table headers are one kind of place, not nine witnesses. */
const PER_KIND_CAP = 2;

export interface ChosenPublisher {
  name: string;
  confidence: number;
  seenAt: Sighting[];
}

function score(sightings: readonly Sighting[]): number {
  const perKind = new Map<SeenKind, number>();
  for (const s of sightings) perKind.set(s.kind, Math.min(PER_KIND_CAP, (perKind.get(s.kind) ?? 0) + 1));
  let total = 0;
  for (const [kind, n] of perKind) total += WEIGHT[kind] * n;
  return total;
}

/**
 * The name most places agree on. A shorter form that ends the full name ("普陀区财政局" of "上海市普陀区财政局") agrees
 * with it; the full name is kept. Confidence: the winner's share of all evidence, lowered when one kind of place
 * alone says it.
 */
export function choosePublisher(sightings: readonly NameSighting[]): ChosenPublisher | null {
  const groups = new Map<string, NameSighting[]>();
  for (const s of sightings) {
    const key = nameKey(s.name);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  let best: { name: string; support: NameSighting[]; score: number } | null = null;
  for (const [key, own] of groups) {
    const support = [...groups].filter(([other]) => other === key || (other.length >= 3 && key.endsWith(other))).flatMap(([, s]) => s);
    const value = score(support);
    const name = own[0]?.name ?? key;
    if (!best || value > best.score || (value === best.score && name.length > best.name.length)) best = { name, support, score: value };
  }
  if (!best) return null;
  const all = score(sightings);
  const kinds = new Set(best.support.map((s) => s.kind));
  const agreement = kinds.size >= 2 ? 1 : kinds.has("fileName") ? 0.4 : 0.7;
  const confidence = Math.round((best.score / all) * agreement * 100) / 100;
  const seenAt = best.support.map(({ kind, page, line }) => ({ kind, page, line }));
  return { name: best.name, confidence, seenAt };
}

export interface YearAndKind {
  year: number | null;
  /** Years the document states against each other (cover 2024, part titles 2023): the user is asked. */
  conflict: number[] | null;
  documentKind: DocumentKind | null;
  yearSeenAt: Sighting | null;
}

/** A second year with at least half the winner's weight means the document disagrees with itself. */
const CONFLICT_SHARE = 0.5;

/** Fiscal year and kind from the titles. 决算 wins over 预算 only by weight of titles, never by default. */
export function chooseYearAndKind(titles: readonly TitleSighting[]): YearAndKind {
  const accountsWeight = { 决算: 0, 预算: 0 };
  for (const t of titles) accountsWeight[t.accounts] += WEIGHT[t.kind];
  const accounts = accountsWeight.预算 > accountsWeight.决算 ? "预算" : "决算";
  const relevant = titles.filter((t) => t.accounts === accounts);
  const byYear = new Map<number, TitleSighting[]>();
  for (const t of relevant) byYear.set(t.year, [...(byYear.get(t.year) ?? []), t]);
  const ranked = [...byYear].map(([year, seen]) => ({ year, seen, score: score(seen) })).sort((a, b) => b.score - a.score);
  const top = ranked[0];
  const second = ranked[1];
  const conflict = top && second && second.score >= top.score * CONFLICT_SHARE ? ranked.map((r) => r.year) : null;
  const unitWeight = relevant.filter((t) => t.documentKind?.startsWith("单位")).reduce((n, t) => n + WEIGHT[t.kind], 0);
  const deptWeight = relevant.filter((t) => t.documentKind?.startsWith("部门")).reduce((n, t) => n + WEIGHT[t.kind], 0);
  const documentKind: DocumentKind | null = relevant.length === 0 ? null : unitWeight > deptWeight ? `单位${accounts}` : `部门${accounts}`;
  const first = top?.seen[0];
  return {
    year: conflict ? null : (top?.year ?? null),
    conflict,
    documentKind,
    yearSeenAt: conflict || !first ? null : { kind: first.kind, page: first.page, line: first.line },
  };
}
