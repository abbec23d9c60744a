-- The page joins the (reportId, table) index, which keeps serving every lookup by report and table: the 需关注 evidence
-- (lib/queries/overview/attention-evidence.ts) reads MIN(page) of a report's table from the index instead of every line.
CREATE INDEX "FunctionLine_reportId_table_page_idx" ON "FunctionLine"("reportId", "table", "page");
DROP INDEX "FunctionLine_reportId_table_idx";
