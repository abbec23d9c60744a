-- The overview reads a department-year's facts as one text (lib/queries/overview/list-department-year-facts.ts: the
-- driver is slow on 20,000 rows × 22 columns). Writing that text from the stored columns on every read was most of the
-- statement at 10,000 departments (13 numerics and 7 other values per row: ~50 of its 64 ms). It is now written when
-- the row is: a row trigger fills "packed" on every insert and update, whichever statement writes the row, in the
-- format the summing path writes (array_to_string: a NULL as "", so a missing amount stays missing).
ALTER TABLE "DepartmentYearFacts" ADD COLUMN "packed" TEXT;

CREATE FUNCTION "fl_department_year_facts_packed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."packed" := array_to_string(ARRAY[
    NEW."departmentId"::text, NEW.year::text, NEW."isDemo"::text, NEW."reportIds", NEW."errorReportId"::text, NEW."errorCount"::text,
    NEW."errorReports"::text, NEW.expenditure::text, NEW."priorExpenditureStated"::text, NEW.fiscal::text, NEW.basic::text,
    NEW.project::text, NEW.operating::text, NEW."operatingBudget"::text, NEW."sangongBudget"::text, NEW."sangongActual"::text,
    NEW."execBudget"::text, NEW."execActual"::text, NEW."execBudgetFull"::text, NEW."execActualFull"::text], '|', '');
  RETURN NEW;
END
$$;

CREATE TRIGGER "DepartmentYearFacts_packed" BEFORE INSERT OR UPDATE ON "DepartmentYearFacts"
  FOR EACH ROW EXECUTE FUNCTION "fl_department_year_facts_packed"();

-- The rows already stored: the update fires the trigger, which writes each row's text.
UPDATE "DepartmentYearFacts" SET "packed" = '';
ALTER TABLE "DepartmentYearFacts" ALTER COLUMN "packed" SET NOT NULL;
