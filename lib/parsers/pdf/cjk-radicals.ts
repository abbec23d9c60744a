/**
 * CJK Radicals Supplement code points (U+2E80–U+2EF3) paired with the ideograph they stand for. Fonts such as Noto/
 * Source Han map the glyphs of 门, 页, 长, 马 … to these radicals in their ToUnicode tables, so a PDF printed from a
 * browser reads "部⻔" for 部门. Unlike the Kangxi radicals, these have no Unicode decomposition, so the pairs are listed;
 * they follow the equivalences in the Unicode collation table (glibc iso14651_t1_common).
 */
const PAIRS =
  "⺀丶⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇几⺈刀⺉刂⺊卜⺋卩⺌小⺍小⺎尢⺏尣⺐尢⺑尣⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺" +
  "⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺪疋⺫目⺬示⺭礻⺮竹⺯糹⺰纟⺱罓⺲罒⺳罓⺴罓⺵罒⺶羊⺷羊⺸羋⺹耂⺺肀⺻聿⺼肉" +
  "⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇角⻈讠⻉贝⻊足⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕阜⻖阝⻗雨⻘青⻙韦⻚页" +
  "⻛风⻜飞⻝食⻞飠⻟飠⻠饣⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧鹵⻨麦⻩黄⻪黾⻫齊⻬齐⻭齒⻮齿⻯龍⻰龙⻱龜⻲龜⻳龟";

export const RADICAL_TO_IDEOGRAPH: ReadonlyMap<string, string> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i] ?? "", PAIRS[2 * i + 1] ?? ""] as const),
);
