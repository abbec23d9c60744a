-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "countedForAll" BOOLEAN NOT NULL DEFAULT false;

-- Whether the report counts for a viewer who sees every department: the counting rule (lib/queries/scope-sql.ts
-- countedReportsSql) without its region test — a current report, not displaced by its organisation's 汇总 nor by its
-- 部门's (Department.parentId) 汇总 of the same year. Displacement does not depend on the region, so the cross views
-- test the region when reading; at 10,000 departments × 10 years the two anti-joins over 100,000 reports were most of
-- the overview's and 三公's statements. Recomputes the given departments' reports, writing only the flags that change.
CREATE FUNCTION "fl_refresh_report_counted_for_all"(department_ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Report" r SET "countedForAll" = c.counts
  FROM (
    SELECT x.id, x."currentKey" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "Report" h WHERE h."departmentId" = x."departmentId" AND x.scope <> '汇总' AND h.year = x.year
                      AND h.scope = '汇总' AND h."currentKey" IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM "Report" h JOIN "Department" u ON u."parentId" = h."departmentId" WHERE u.id = x."departmentId"
                      AND h.year = x.year AND h.scope = '汇总' AND h."currentKey" IS NOT NULL) AS counts
    FROM "Report" x WHERE x."departmentId" = ANY(department_ids)
  ) c
  WHERE r.id = c.id AND r."countedForAll" IS DISTINCT FROM c.counts;
$$;

-- A report inserted, deleted, or changed in what the rule reads (department, year, scope, current version — or the flag
-- itself, so a writer setting it is corrected) touches its department's reports and, a 汇总 displacing its units'
-- reports, those of every department whose 部门 it is. The refresh's own UPDATE fires this again with only the flag
-- changed: that pass recomputes the same departments, finds nothing to change and stops.
CREATE FUNCTION "fl_report_counted_for_all_on_report"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched INTEGER[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    touched := ARRAY(SELECT "departmentId" FROM new_reports);
  ELSIF TG_OP = 'UPDATE' THEN
    touched := ARRAY(
      SELECT o."departmentId" FROM old_reports o JOIN new_reports n ON n.id = o.id
      WHERE (o."departmentId", o.year, o.scope, o."currentKey", o."countedForAll")
            IS DISTINCT FROM (n."departmentId", n.year, n.scope, n."currentKey", n."countedForAll")
      UNION SELECT n."departmentId" FROM old_reports o JOIN new_reports n ON n.id = o.id
      WHERE (o."departmentId", o.year, o.scope, o."currentKey", o."countedForAll")
            IS DISTINCT FROM (n."departmentId", n.year, n.scope, n."currentKey", n."countedForAll"));
  ELSE
    touched := ARRAY(SELECT "departmentId" FROM old_reports);
  END IF;
  IF cardinality(touched) > 0 THEN
    PERFORM "fl_refresh_report_counted_for_all"(ARRAY(
      SELECT DISTINCT t FROM unnest(touched) t
      UNION SELECT u.id FROM "Department" u WHERE u."parentId" = ANY(touched)));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Report_counted_for_all_insert" AFTER INSERT ON "Report"
  REFERENCING NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION "fl_report_counted_for_all_on_report"();
CREATE TRIGGER "Report_counted_for_all_update" AFTER UPDATE ON "Report"
  REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION "fl_report_counted_for_all_on_report"();
CREATE TRIGGER "Report_counted_for_all_delete" AFTER DELETE ON "Report"
  REFERENCING OLD TABLE AS old_reports FOR EACH STATEMENT EXECUTE FUNCTION "fl_report_counted_for_all_on_report"();

-- A department's 部门 decides which 汇总 displaces its reports: refresh them when its parentId changes (a 部门 deleted
-- sets its units' parentId to NULL, which is such an update).
CREATE FUNCTION "fl_report_counted_for_all_on_department"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "fl_refresh_report_counted_for_all"(ARRAY(
    SELECT n.id FROM new_departments n JOIN old_departments o ON o.id = n.id WHERE n."parentId" IS DISTINCT FROM o."parentId"));
  RETURN NULL;
END
$$;

CREATE TRIGGER "Department_counted_for_all_update" AFTER UPDATE ON "Department"
  REFERENCING OLD TABLE AS old_departments NEW TABLE AS new_departments FOR EACH STATEMENT EXECUTE FUNCTION "fl_report_counted_for_all_on_department"();

-- Backfill the reports imported before this migration.
SELECT "fl_refresh_report_counted_for_all"(ARRAY(SELECT DISTINCT "departmentId" FROM "Report"));
