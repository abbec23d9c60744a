import { beforeAll, describe, expect, test } from "vitest";
import { PerformanceProject } from "@/lib/parsers/contract";
import { extractPerformance, type PerformanceFacts } from "@/lib/parsers/narrative";
import { fixtureDoc, textToDoc } from "./text-doc";

let facts: PerformanceFacts;
beforeAll(() => {
  facts = extractPerformance(fixtureDoc("xianning-zhengfuban-2024.txt"), "万元");
});

describe("咸宁 self-evaluation tables", () => {
  test("整体绩效自评表: 3046.58 / 2907.92 / 95.45%", () => {
    expect(facts.overall).toEqual({ budget: "30465800.00", actual: "29079200.00", ratePct: "95.45", score: null });
  });

  test.each([
    ["政务保障工作经费", "400000.00", "395000.00", "98.75"],
    ["政务工作经费", "280000.00", "278000.00", "99.29"],
    ["政务信息和政府公报", "128000.00", "81000.00", "63.28"],
    ["上市企业奖励资金", "3500000.00", "3000000.00", "85.71"],
    ["防范和处置非法集资等金融风险专项经费", "265000.00", "215300.00", "81.25"],
    ["地方金融组织监管专项工作经费", "104000.00", "76800.00", "73.85"],
    ["支持深化民营和小微企业金融服务综合改革试点", "192800.00", "176100.00", "91.34"],
    ["金融服务实体经济", "125000.00", "80800.00", "65.64"],
    ["市企业金融服务中心建设", "24000.00", "5300.00", "22.08"],
  ])("项目 %s: %s / %s / %s%%", (name, budget, actual, rate) => {
    const project = facts.projects.find((p) => p.name === name);
    expect(project).toMatchObject({ budget, actual, ratePct: rate });
    expect(project?.location?.page).toBeGreaterThan(0);
  });

  test("exactly the nine project tables, each valid against the contract", () => {
    expect(facts.projects).toHaveLength(9);
    for (const project of facts.projects) expect(() => PerformanceProject.parse(project)).not.toThrow();
  });

  test.each([
    ["政务保障工作经费", "产出指标", "数量指标", "召开政府全会次数", "4", "1"],
    ["政务保障工作经费", "产出指标", "数量指标", "召开市政府常务会议次数", "≥22次", "19次"],
    ["政务保障工作经费", "成本指标", "经济成本指标", "会议成本", "符合文件规定并控制在预算范围内", "符合文件规定并控制在预算范围内"],
    ["政务保障工作经费", "满意度指标", "服务对象满意度指标", "市领导对会议满意度", "≥98%", "≥98%"],
    ["政务信息和政府公报", "产出指标", "数量指标", "政府公报", "5期", "2期"],
    ["上市企业奖励资金", "产出指标", "时效指标", "完成时间", "2024年12月底前", "持续推进"],
    ["金融服务实体经济", "成本指标", "经济成本指标", "银企对接日常工作费用", "≤8万元", "4.06万元"],
  ])("%s indicator %s/%s/%s: %s → %s", (project, level1, level2, name, target, actual) => {
    const indicator = facts.projects.find((p) => p.name === project)?.indicators.find((i) => i.name === name);
    expect(indicator).toMatchObject({ level1, level2, target, actual });
  });

  test.each([
    ["运行成本", "公用经费控制", "公用经费控制率", "≤100%", "99.24%"],
    ["管理效率", "预算执行", "政府采购执行率", "≥95%", "82.96%"],
    ["社会效应", "社会效益", "深入基层调研", "充分掌握基层情况", "充分掌握基层情况"],
    ["满意度", "联系部门满意度", "联系部门满意度", "≥98%", "≥98%"],
  ])("整体 indicator %s/%s/%s", (level1, level2, name, target, actual) => {
    expect(facts.overallIndicators.find((i) => i.name === name)).toMatchObject({ level1, level2, target, actual });
  });

  test("a row whose values spill over lines stays null and is reported", () => {
    expect(facts.overallIndicators.find((i) => i.name === "非税收入预算完成率")).toMatchObject({ target: null, actual: null });
    expect(facts.unread).toContainEqual(expect.objectContaining({ section: "performance.overall", reason: expect.stringContaining("非税收入预算完成率") }));
  });
});

describe("other table layouts", () => {
  test("national template: 年初预算数 / 全年预算数（A） / 全年执行数（B） / 分值 / 执行率 / 得分, in 元", () => {
    const doc = textToDoc(
      [
        "附件 2",
        "项目支出绩效自评表",
        "项目名称 城市管理专项",
        "项目资金（元） 年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率（B/A） 得分",
        "年度资金总额 100000 120000 108000 10 90% 9",
        "一级指标 二级指标 三级指标 年度指标值 实际完成值",
        "产出指标 数量指标 巡查次数 ≥12 次 15 次",
      ].join("\n"),
    );
    const result = extractPerformance(doc, "万元");
    expect(result.projects).toEqual([
      expect.objectContaining({ name: "城市管理专项", budget: "120000.00", actual: "108000.00", ratePct: "90", score: "9" }),
    ]);
    expect(result.projects[0]?.indicators).toEqual([
      expect.objectContaining({ level1: "产出指标", level2: "数量指标", name: "巡查次数", target: "≥12次", actual: "15次" }),
    ]);
  });

  test("the score row (总分 分值 得分) gives the score", () => {
    const doc = textToDoc(
      ["部门整体支出绩效自评表", "预算数（A） 执行数（B） 执行率（B/A）", "500 450 90%", "一级指标 二级指标 三级指标 年度指标值 实际完成值", "总分 100 92.5"].join("\n"),
    );
    expect(extractPerformance(doc, "万元").overall).toEqual({ budget: "5000000.00", actual: "4500000.00", ratePct: "90", score: "92.5" });
  });

  test("header and values that do not line up give nulls, not guesses", () => {
    const doc = textToDoc(["项目支出绩效自评表", "项目名称 甲项目", "年初预算数 全年预算数（A） 全年执行数（B） 执行率（B/A）", "100 90"].join("\n"));
    expect(extractPerformance(doc, "万元").projects[0]).toMatchObject({ name: "甲项目", budget: null, actual: null, ratePct: null });
  });

  test("without tables the narrative summaries give the projects", () => {
    const doc = textToDoc(
      [
        "第三部分 测试局 2024 年度部门决算情况说明",
        "1.政务保障工作经费项目绩效自评综述：项目全年预算数为",
        "40 万元，执行数为 39.5 万元，完成预算 98.75％。主要产出和效益：略。",
        "组织开展了部门整体绩效评价，从评价情况来看，2024 年全年预算数为 3046.58 万元，执行数为 2907.92 万元，执行率为 95.45%。",
      ].join("\n"),
    );
    const result = extractPerformance(doc, "万元");
    expect(result.projects).toEqual([expect.objectContaining({ name: "政务保障工作经费", budget: "400000.00", actual: "395000.00", ratePct: "98.75" })]);
    expect(result.overall).toMatchObject({ budget: "30465800.00", actual: "29079200.00", ratePct: "95.45" });
  });
});
