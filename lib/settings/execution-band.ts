/**
 * The band a 预算执行率 (决算 ÷ 预算) is expected to fall in; outside it a rate deserves attention (DOMAIN.md: below ~90%
 * or above ~110%). The one place these numbers live: the 需关注 list, chart colours and reference lines, the heatmap's
 * and histogram's band labels, the department table's marks, 审核's E.execution-rate and the decks' sentences all read
 * it, so changing it here changes every view at once.
 */
export interface ExecutionBand {
  lowPct: number;
  highPct: number;
}

export const EXECUTION_BAND: ExecutionBand = { lowPct: 90, highPct: 110 };
