-- CreateIndex
CREATE INDEX "Report_scope_year_departmentId_idx" ON "Report"("scope", "year", "departmentId");
