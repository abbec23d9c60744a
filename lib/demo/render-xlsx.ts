import ExcelJS from "exceljs";
import { printedView } from "./printed-view";
import { DEMO_MARK, renderProseParts } from "./render-text";
import { sheet01, sheet02, sheet03, sheet04, sheet05, sheet06, sheet07, sheet08, sheet09 } from "./render-xlsx-tables";
import type { TextWriter } from "./text-writer";
import type { DemoReport } from "./types";
import { SheetWriter } from "./xlsx-sheet";
import { fixZipTimestamps } from "./zip-timestamps";

const TABLE_SHEETS = [
  ["公开01表", sheet01],
  ["公开02表", sheet02],
  ["公开03表", sheet03],
  ["公开04表", sheet04],
  ["公开05表", sheet05],
  ["公开06表", sheet06],
  ["公开07表", sheet07],
  ["公开08表", sheet08],
  ["公开09表", sheet09],
] as const;

/** Prose lines one per row, the cells of a line in consecutive columns. */
function proseSheet(workbook: ExcelJS.Workbook, name: string, text: TextWriter): void {
  const sheet = workbook.addWorksheet(name);
  let row = 0;
  for (const page of text.pages()) {
    for (const cells of page) {
      row += 1;
      cells.forEach((cell, i) => {
        sheet.getCell(row, i + 1).value = cell;
      });
    }
  }
}

/**
 * The report as a bureau's XLSX export: one sheet per table (公开01表 … 公开09表) laid out in columns with merged
 * headers and numeric money cells, then the 情况说明 and 绩效自评 prose. Metadata dates are fixed and zip timestamps
 * normalised, so the same report always gives the same bytes.
 */
export async function renderReportXlsx(report: DemoReport): Promise<Uint8Array> {
  const view = printedView(report);
  const workbook = new ExcelJS.Workbook();
  const stamp = new Date(Date.UTC(report.year + 1, 2, 31));
  workbook.creator = `Fiscal Lens ${DEMO_MARK}`;
  workbook.lastModifiedBy = `Fiscal Lens ${DEMO_MARK}`;
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = `${report.department} ${report.year} 年度部门决算（${DEMO_MARK}）`;
  workbook.subject = DEMO_MARK;
  workbook.keywords = DEMO_MARK;
  for (const [name, render] of TABLE_SHEETS) render(new SheetWriter(workbook.addWorksheet(name)), view);
  const { narrative, appendix } = renderProseParts(view);
  proseSheet(workbook, "情况说明", narrative);
  proseSheet(workbook, "绩效自评表", appendix);
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buffer));
}
