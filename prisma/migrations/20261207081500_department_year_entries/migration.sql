-- CreateTable
CREATE TABLE "DepartmentYearEntries" (
    "departmentId" INTEGER NOT NULL,
    "isDemo" BOOLEAN NOT NULL,
    "entries" TEXT NOT NULL,

    CONSTRAINT "DepartmentYearEntries_pkey" PRIMARY KEY ("departmentId")
);

-- AddForeignKey
ALTER TABLE "DepartmentYearEntries" ADD CONSTRAINT "DepartmentYearEntries_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes the given departments' by-year entries: the execYearEntry of each report the counting rule counts for a
-- viewer who sees every department (lib/queries/scope-sql.ts countedReportsSql without its region and visibility
-- tests: a current report, not displaced by its organisation's 汇总 nor by its 部门's), joined in year order. Which
-- region a view covers is applied when reading; merged departments are summed under their target when reading too.
CREATE FUNCTION "fl_refresh_department_year_entries"(department_ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "DepartmentYearEntries" WHERE "departmentId" = ANY(department_ids);
  INSERT INTO "DepartmentYearEntries" ("departmentId", "isDemo", "entries")
  SELECT r."departmentId", bool_or(r."isDemo"), string_agg(r."execYearEntry", ';' ORDER BY r.year, r.id)
  FROM "Report" r
  WHERE r."departmentId" = ANY(department_ids) AND r."currentKey" IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM "Report" h WHERE h."departmentId" = r."departmentId" AND r.scope <> '汇总' AND h.year = r.year
                    AND h.scope = '汇总' AND h."currentKey" IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM "Report" h JOIN "Department" u ON u."parentId" = h."departmentId" WHERE u.id = r."departmentId"
                    AND h.year = r.year AND h.scope = '汇总' AND h."currentKey" IS NOT NULL)
  GROUP BY r."departmentId";
$$;

-- A report's change touches its own department's entries and, a 汇总 displacing its units' reports, those of every
-- department whose 部门 (parentId) it is. Statement-level with transition tables: one refresh per statement.
CREATE FUNCTION "fl_department_year_entries_on_report"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched INTEGER[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    touched := ARRAY(SELECT "departmentId" FROM new_reports);
  ELSIF TG_OP = 'UPDATE' THEN
    touched := ARRAY(SELECT "departmentId" FROM old_reports UNION SELECT "departmentId" FROM new_reports);
  ELSE
    touched := ARRAY(SELECT "departmentId" FROM old_reports);
  END IF;
  PERFORM "fl_refresh_department_year_entries"(ARRAY(
    SELECT DISTINCT t FROM unnest(touched) t
    UNION SELECT u.id FROM "Department" u WHERE u."parentId" = ANY(touched)));
  RETURN NULL;
END
$$;

CREATE TRIGGER "Report_department_year_entries_insert" AFTER INSERT ON "Report"
  REFERENCING NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION "fl_department_year_entries_on_report"();
CREATE TRIGGER "Report_department_year_entries_update" AFTER UPDATE ON "Report"
  REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION "fl_department_year_entries_on_report"();
CREATE TRIGGER "Report_department_year_entries_delete" AFTER DELETE ON "Report"
  REFERENCING OLD TABLE AS old_reports FOR EACH STATEMENT EXECUTE FUNCTION "fl_department_year_entries_on_report"();

-- A department's 部门 decides which 汇总 displaces its reports: refresh it when its parentId changes.
CREATE FUNCTION "fl_department_year_entries_on_department"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "fl_refresh_department_year_entries"(ARRAY(
    SELECT n.id FROM new_departments n JOIN old_departments o ON o.id = n.id WHERE n."parentId" IS DISTINCT FROM o."parentId"));
  RETURN NULL;
END
$$;

CREATE TRIGGER "Department_department_year_entries_update" AFTER UPDATE ON "Department"
  REFERENCING OLD TABLE AS old_departments NEW TABLE AS new_departments FOR EACH STATEMENT EXECUTE FUNCTION "fl_department_year_entries_on_department"();

-- Backfill the departments imported before this migration.
SELECT "fl_refresh_department_year_entries"(ARRAY(SELECT DISTINCT "departmentId" FROM "Report"));
