export { extractNarrative } from "./extract-narrative";
export { extractPerformance } from "./extract-performance";
export type { NarrativeFacts, NarrativeItemBudget, PerformanceFacts } from "./types";
