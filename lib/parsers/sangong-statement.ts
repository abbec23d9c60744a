/**
 * "本年度没有财政拨款“三公”经费支出，故本表无数据", "2024年度无“三公”经费财政拨款支出", "未安排“三公”经费预算，也未发生
 * 支出": zero stated in words. The spending is 0 when the sentence denies 三公 spending; the budget is 0 only when the
 * sentence denies a budget too (a table left blank says nothing about the budget by itself).
 */
export interface SangongZero {
  actual: boolean;
  budget: boolean;
}

const QUOTES = /[“”"「」『』‘’'\s]/g;
const DENIAL = /(?:没有|无|未(?:发生|安排|列支|使用)?)/;
const SANGONG = /三公(?:经费)?/;

export function readSangongZero(text: string): SangongZero | null {
  const clean = text.replace(QUOTES, "");
  for (const sentence of clean.split(/[。；;]/)) {
    if (!SANGONG.test(sentence)) continue;
    const at = sentence.search(DENIAL);
    if (at < 0) continue;
    const denied = sentence.slice(at);
    // "无" must govern the 三公 phrase ("无三公经费支出", "没有财政拨款三公经费支出"), not a later clause.
    if (!/^(?:没有|无|未(?:发生|安排|列支|使用)?)[^，,。]{0,16}?三公/.test(denied) && !/三公[^，,。]{0,16}?均?(?:为0|为零|未发生)/.test(sentence)) {
      continue;
    }
    if (/\d+(?:\.\d+)?\s*万?元/.test(sentence.replace(/为0(?:\.0+)?万?元/g, ""))) continue;
    const budget = /预算/.test(sentence) && !/预算数?为[1-9]/.test(sentence);
    const actual = /支出|决算|发生|本表无数据|使用/.test(sentence);
    if (actual || budget) return { actual: actual || !budget, budget };
  }
  return null;
}
