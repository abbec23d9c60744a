-- A year's counted reports (Report.countedForAll) with the department, id and demo flag the heatmaps join on, read from
-- the index alone (an index-only scan once VACUUM has marked the pages all-visible) instead of the wide table's heap.
CREATE INDEX "Report_counted_year_idx" ON "Report"("year", "countedForAll", "departmentId", "id", "isDemo");
