/**
 * Is this piece of a title an organisation's name? Reports print the publisher's name next to headings, numbering,
 * years and scope words; only what is left after those are peeled off, and ends like an organisation, counts.
 */

/** Numbering and framing that stand before a name: "第二部分", "一、", "1.", "附件2：", "纳入", "从预算单位构成看，". */
const LEADING = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.]|\(?\d{1,2}[.)、]|附件\d*[:：]?|纳入|从(?:预算)?单位构成看[,，]?)+/;
/** Scope words after a name: "…办公室本级", "（本级）", "部门汇总", "（汇总）". */
const TRAILING_SCOPE = /(?:[（(](?:本级|汇总|部门汇总|机关)[)）]|本级|部门汇总|汇总)+$/;
/** How organisations' names end (局, 委员会, 办公室, 社会工作部, 中心, 学校, 街道办事处, 人民法院 …). */
const ORG_END = /(?:[局委办部厅府会署院心所站馆校队台处室社团联园场库司学关镇乡狱科股盟]|街道|中心|法院|检察院)$/;
/** Headings and generic words that end like a name but are not one. */
const NOT_A_NAME =
  /^(?:目录|部门|单位|本部门|本单位|我[部局委办院处]|全[区市县省]|[区市县省]委|中共|本级|主管部门|预算单位|编制单位)$|部分|决算|预算|说明|概况|年度|名词解释|附件/;

const FULL_WIDTH = /[\uff01-\uff5e]/g;

/** "（本级）" and "(本级)" compare equal; the printed brackets are kept in the name. */
export function nameKey(name: string): string {
  return name.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s+/g, "");
}

/** The organisation name inside a title fragment, or null. `raw` is whitespace-free text. */
export function asOrgName(raw: string): string | null {
  let name = raw.replace(LEADING, "").replace(TRAILING_SCOPE, "").replace(/[“”"'‘’《》]/g, "");
  name = name.replace(/(?:的)?(?:部门|单位)$/, (tail) => (ORG_END.test(name.slice(0, -tail.length)) ? "" : tail));
  if (name.length < 3 || name.length > 40) return null;
  if (NOT_A_NAME.test(name) || !ORG_END.test(name)) return null;
  if (!/^[\u3400-\u9fff（）()·]+$/.test(name)) return null;
  return name;
}
