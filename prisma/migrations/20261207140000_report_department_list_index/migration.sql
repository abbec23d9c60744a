-- The department list reads every current report's year and 审核 counts, and each department's latest report, from
-- this index alone (an index-only scan once VACUUM has marked the pages all-visible).
CREATE INDEX "Report_department_list_idx" ON "Report"("departmentId", "year" DESC, "currentKey", "scope", "errorCount", "warningCount", "expenditureTotal", "incomeTotal");
