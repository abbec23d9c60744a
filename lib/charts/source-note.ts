/** Where a chart's figures come from, as printed under the chart and into exported images. */
export interface SourceNote {
  department?: string;
  /** What a cross-department chart covers ("23 个部门"): printed where a department's name would be, never put into export titles. */
  scope?: string;
  year?: number;
  /** "公开05表" or the table title. */
  table?: string;
  /** 1-based page in the source document. */
  page?: number | null;
  /** The report the figures come from: the footer links to its page in the evidence viewer. */
  reportId?: number;
}

/** "咸宁市人民政府办公室 2024年度部门决算 公开05表 第6页"; parts the caller does not know are left out. */
export function formatSourceNote(note: SourceNote): string {
  return [
    note.department ?? note.scope,
    note.year === undefined ? undefined : `${note.year}年度部门决算`,
    note.table,
    note.page === undefined || note.page === null ? undefined : `第${note.page}页`,
  ]
    .filter((part): part is string => part !== undefined && part !== "")
    .join(" ");
}
