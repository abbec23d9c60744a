/**
 * What a claim is about. The narrative extractor writes structured subjects — "change:incomeTotal",
 * "change:sangong.total.vsBudget", "share.incomeTotal:财政拨款收入", "item:2010301", "gpbExpenditure", "sangong.reception" —
 * but a subject may also be plain words ("公务接待费"), e.g. from another extractor or a hand-written fixture; both work.
 */
export interface ClaimTopic {
  /** Contract-style key of the figure the claim's amount is ("incomeTotal", "sangong.reception"), when structured. */
  key: string | null;
  /** Key of the share's denominator ("incomeTotal", "gpbExpenditure"). */
  baseKey: string | null;
  /** Change against the budget rather than the prior year: its base is a budget. */
  vsBudget: boolean;
  /** "item:<code or name>" reference to a 项. */
  item: string | null;
  /** Human words for the subject: the share label, the item name, or the whole plain subject. */
  label: string;
}

const STRUCTURED_KEY = /^[a-zA-Z][\w.]*$/;

export function readSubject(subject: string): ClaimTopic {
  const blank: ClaimTopic = { key: null, baseKey: null, vsBudget: false, item: null, label: subject };
  const change = /^change:([\w.]+?)(\.vsBudget)?$/.exec(subject);
  if (change?.[1]) return { ...blank, key: change[1], vsBudget: change[2] !== undefined, label: change[1] };
  const share = /^share\.(\w+):(.*)$/.exec(subject);
  if (share?.[1] !== undefined) return { ...blank, baseKey: share[1], label: share[2] ?? "" };
  const item = /^item:(.+)$/.exec(subject);
  if (item?.[1]) return { ...blank, item: item[1], label: item[1] };
  if (STRUCTURED_KEY.test(subject)) return { ...blank, key: subject };
  return blank;
}

const KEY_NAMES: Record<string, string> = {
  incomeTotal: "收入合计",
  expenditureTotal: "支出合计",
  grandTotal: "收支总计",
  fiscalTotal: "财政拨款收支总计",
  gpbExpenditure: "一般公共预算财政拨款支出",
  gpbIncome: "一般公共预算财政拨款收入",
  governmentFund: "政府性基金预算财政拨款",
  stateCapital: "国有资本经营预算财政拨款",
  operatingExpenses: "机关运行经费",
  basicExpenditure: "基本支出",
  projectExpenditure: "项目支出",
  "sangong.total": "“三公”经费",
  "sangong.outbound": "因公出国(境)费",
  "sangong.vehicleSubtotal": "公务用车购置及运行费",
  "sangong.vehiclePurchase": "公务用车购置费",
  "sangong.vehicleOperation": "公务用车运行费",
  "sangong.reception": "公务接待费",
};

/** The subject in words for messages: "change:sangong.total.vsBudget" → "“三公”经费（与预算比较）". */
export function subjectName(subject: string): string {
  const topic = readSubject(subject);
  if (topic.item !== null) return /^\d{7}$/.test(topic.item) ? `项 ${topic.item}` : topic.item;
  if (topic.key !== null) return `${KEY_NAMES[topic.key] ?? topic.key}${topic.vsBudget ? "（与预算比较）" : ""}`;
  return topic.label;
}
