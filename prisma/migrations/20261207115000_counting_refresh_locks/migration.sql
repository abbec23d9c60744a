-- The stored counting values (Report.countedForAll, DepartmentYearFacts, DepartmentYearEntries) are recomputed by
-- statement triggers from what the writing transaction sees. Under READ COMMITTED two transactions writing related
-- departments at once did not see each other: a 汇总 of a 部门 and a 本级 of one of its units imported together both
-- committed, and the unit's report stayed counted (its flag computed before the 汇总 existed, the 汇总's refresh run
-- before the unit's report existed), so every city total counted the unit twice. Likewise two units merged into one
-- department, each refreshing the target's facts without the other's report.
--
-- Before those refreshes run, a writer now takes a transaction-scoped advisory lock per department its change can
-- affect or be affected by: the departments written, their 部门 (parentId), their merge targets and their units
-- (whose flags a 汇总 decides). Two such writers share a key, so the second waits for the first to commit and its
-- refresh (each statement of a trigger takes a new snapshot) sees the first's rows. Keys are taken in ascending order,
-- all in the first statement that touches a department, so writers ordering on the same keys cannot deadlock.
CREATE FUNCTION "fl_lock_counting_families"(department_ids INTEGER[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  k INTEGER;
BEGIN
  FOR k IN
    SELECT t FROM unnest(department_ids) t WHERE t IS NOT NULL
    UNION SELECT d."parentId" FROM "Department" d WHERE d.id = ANY(department_ids) AND d."parentId" IS NOT NULL
    UNION SELECT d."mergedIntoId" FROM "Department" d WHERE d.id = ANY(department_ids) AND d."mergedIntoId" IS NOT NULL
    UNION SELECT u.id FROM "Department" u WHERE u."parentId" = ANY(department_ids)
    ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(hashtext('fl-counting'), k);
  END LOOP;
END
$$;

CREATE FUNCTION "fl_lock_counting_on_report"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "fl_lock_counting_families"(ARRAY(SELECT DISTINCT "departmentId" FROM new_reports));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "fl_lock_counting_families"(ARRAY(SELECT "departmentId" FROM old_reports UNION SELECT "departmentId" FROM new_reports));
  ELSE
    PERFORM "fl_lock_counting_families"(ARRAY(SELECT DISTINCT "departmentId" FROM old_reports));
  END IF;
  RETURN NULL;
END
$$;

-- A department's 部门 or merge target changed, or the department deleted: its old and new relations.
CREATE FUNCTION "fl_lock_counting_on_department"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM "fl_lock_counting_families"(ARRAY(
      SELECT unnest(ARRAY[o.id, o."parentId", o."mergedIntoId", n."parentId", n."mergedIntoId"])
      FROM old_departments o JOIN new_departments n ON n.id = o.id
      WHERE (o."parentId", o."mergedIntoId") IS DISTINCT FROM (n."parentId", n."mergedIntoId")));
  ELSE
    PERFORM "fl_lock_counting_families"(ARRAY(
      SELECT unnest(ARRAY[o.id, o."parentId", o."mergedIntoId"]) FROM old_departments o));
  END IF;
  RETURN NULL;
END
$$;

-- Statement triggers of a table fire in name order: "Report_0_…" and "Department_0_…" come before every refresh
-- ("Report_counted_…", "Report_department_year_…", "Department_counted_…", "Department_department_year_…").
CREATE TRIGGER "Report_0_lock_counting_insert" AFTER INSERT ON "Report"
  REFERENCING NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION "fl_lock_counting_on_report"();
CREATE TRIGGER "Report_0_lock_counting_update" AFTER UPDATE ON "Report"
  REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION "fl_lock_counting_on_report"();
CREATE TRIGGER "Report_0_lock_counting_delete" AFTER DELETE ON "Report"
  REFERENCING OLD TABLE AS old_reports FOR EACH STATEMENT EXECUTE FUNCTION "fl_lock_counting_on_report"();
CREATE TRIGGER "Department_0_lock_counting_update" AFTER UPDATE ON "Department"
  REFERENCING OLD TABLE AS old_departments NEW TABLE AS new_departments FOR EACH STATEMENT EXECUTE FUNCTION "fl_lock_counting_on_department"();
CREATE TRIGGER "Department_0_lock_counting_delete" AFTER DELETE ON "Department"
  REFERENCING OLD TABLE AS old_departments FOR EACH STATEMENT EXECUTE FUNCTION "fl_lock_counting_on_department"();
