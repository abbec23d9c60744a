-- CreateTable
CREATE TABLE "DepartmentYearFacts" (
    "departmentId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "isDemo" BOOLEAN NOT NULL,
    "reportIds" TEXT NOT NULL,
    "errorReportId" INTEGER,
    "errorCount" INTEGER NOT NULL,
    "errorReports" INTEGER NOT NULL,
    "expenditure" DECIMAL(20,2),
    "priorExpenditureStated" DECIMAL(20,2),
    "fiscal" DECIMAL(20,2),
    "basic" DECIMAL(20,2),
    "project" DECIMAL(20,2),
    "operating" DECIMAL(20,2),
    "operatingBudget" DECIMAL(20,2),
    "sangongBudget" DECIMAL(20,2),
    "sangongActual" DECIMAL(20,2),
    "sangongOutboundBudget" DECIMAL(20,2),
    "sangongOutboundActual" DECIMAL(20,2),
    "sangongVehiclePurchaseBudget" DECIMAL(20,2),
    "sangongVehiclePurchaseActual" DECIMAL(20,2),
    "sangongVehicleOperationBudget" DECIMAL(20,2),
    "sangongVehicleOperationActual" DECIMAL(20,2),
    "sangongReceptionBudget" DECIMAL(20,2),
    "sangongReceptionActual" DECIMAL(20,2),
    "execBudget" DECIMAL(20,2),
    "execActual" DECIMAL(20,2),
    "execBudgetFull" DECIMAL(20,2),
    "execActualFull" DECIMAL(20,2),

    CONSTRAINT "DepartmentYearFacts_pkey" PRIMARY KEY ("departmentId","year")
);

-- CreateIndex
CREATE INDEX "DepartmentYearFacts_year_departmentId_idx" ON "DepartmentYearFacts"("year", "departmentId");

-- AddForeignKey
ALTER TABLE "DepartmentYearFacts" ADD CONSTRAINT "DepartmentYearFacts_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes the facts of the given department-years — department_ids[i] in years[i], every year where that is NULL —
-- each department being the one its reports count under (a merged department's target, COALESCE(mergedIntoId, id)):
-- the sums of the reports that count for a viewer who sees every department (Report.countedForAll). The overview and
-- 三公 read these rows for such viewers instead of summing wide report rows (lib/queries/overview/
-- list-department-year-facts.ts, lib/queries/sangong/counted-department-years.ts). Refreshing only the years touched
-- keeps a year's rows together as its reports arrive (a view reads one or two years: fewer pages).
CREATE FUNCTION "fl_refresh_department_year_facts"(department_ids INTEGER[], years INTEGER[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "DepartmentYearFacts" f USING unnest(department_ids, years) AS k(dept, year)
  WHERE f."departmentId" = k.dept AND (k.year IS NULL OR f.year = k.year);
  INSERT INTO "DepartmentYearFacts" ("departmentId", "year", "isDemo", "reportIds", "errorReportId", "errorCount", "errorReports",
    "expenditure", "priorExpenditureStated", "fiscal", "basic", "project", "operating", "operatingBudget", "sangongBudget", "sangongActual",
    "sangongOutboundBudget", "sangongOutboundActual", "sangongVehiclePurchaseBudget", "sangongVehiclePurchaseActual",
    "sangongVehicleOperationBudget", "sangongVehicleOperationActual", "sangongReceptionBudget", "sangongReceptionActual",
    "execBudget", "execActual", "execBudgetFull", "execActualFull")
  SELECT COALESCE(d."mergedIntoId", d.id), r.year, bool_or(r."isDemo"), string_agg(r.id::text, ',' ORDER BY r.id),
    MIN(CASE WHEN r."errorCount" > 0 THEN r.id END), SUM(r."errorCount"), COUNT(*) FILTER (WHERE r."errorCount" > 0),
    SUM(r."expenditureTotal"), SUM(r."priorExpenditureTotal"), SUM(COALESCE(r."fiscalTotal", r."fiscalAppropriationIncome")),
    SUM(r."basicExpenditure"), SUM(r."projectExpenditure"), SUM(r."operatingExpenses"), SUM(r."operatingExpensesBudget"),
    SUM(r."sangongBudget"), SUM(r."sangongActual"), SUM(r."sangongOutboundBudget"), SUM(r."sangongOutboundActual"),
    SUM(r."sangongVehiclePurchaseBudget"), SUM(r."sangongVehiclePurchaseActual"), SUM(r."sangongVehicleOperationBudget"),
    SUM(r."sangongVehicleOperationActual"), SUM(r."sangongReceptionBudget"), SUM(r."sangongReceptionActual"),
    SUM(r."execBudgetInitial"), SUM(r."execActual"), SUM(r."execBudgetFull"), SUM(r."execActualFull")
  FROM "Report" r JOIN "Department" d ON d.id = r."departmentId"
  WHERE r."countedForAll" AND (d.id = ANY(department_ids) OR d."mergedIntoId" = ANY(department_ids))
    AND EXISTS (SELECT 1 FROM unnest(department_ids, years) AS k(dept, year)
                WHERE k.dept = COALESCE(d."mergedIntoId", d.id) AND (k.year IS NULL OR k.year = r.year))
  GROUP BY 1, 2
  ORDER BY 2, 1;
$$;

-- Any change of a report (its amounts, its version, its counting flag — the flag's own refresh is such an update)
-- touches the department-year it counts under. A department deleted with its reports is no longer there to say where
-- it counted: the trigger on Department refreshes its target. Statement-level with transition tables.
CREATE FUNCTION "fl_department_year_facts_on_report"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  depts INTEGER[];
  years INTEGER[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(k.dept), array_agg(k.year) INTO depts, years FROM (
      SELECT DISTINCT COALESCE(d."mergedIntoId", d.id) AS dept, t.year FROM new_reports t JOIN "Department" d ON d.id = t."departmentId") k;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(k.dept), array_agg(k.year) INTO depts, years FROM (
      SELECT COALESCE(d."mergedIntoId", d.id) AS dept, t.year FROM old_reports t JOIN "Department" d ON d.id = t."departmentId"
      UNION SELECT COALESCE(d."mergedIntoId", d.id), t.year FROM new_reports t JOIN "Department" d ON d.id = t."departmentId") k;
  ELSE
    SELECT array_agg(k.dept), array_agg(k.year) INTO depts, years FROM (
      SELECT DISTINCT COALESCE(d."mergedIntoId", d.id) AS dept, t.year FROM old_reports t JOIN "Department" d ON d.id = t."departmentId") k;
  END IF;
  IF depts IS NOT NULL THEN
    PERFORM "fl_refresh_department_year_facts"(depts, years);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Report_department_year_facts_insert" AFTER INSERT ON "Report"
  REFERENCING NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION "fl_department_year_facts_on_report"();
CREATE TRIGGER "Report_department_year_facts_update" AFTER UPDATE ON "Report"
  REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION "fl_department_year_facts_on_report"();
CREATE TRIGGER "Report_department_year_facts_delete" AFTER DELETE ON "Report"
  REFERENCING OLD TABLE AS old_reports FOR EACH STATEMENT EXECUTE FUNCTION "fl_department_year_facts_on_report"();

-- A merge (mergedIntoId set, changed or cleared) moves a department's reports to another department's facts: refresh
-- every year where they counted and where they count now. A deleted department's target loses its reports.
CREATE FUNCTION "fl_department_year_facts_on_department"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  depts INTEGER[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    depts := ARRAY(
      SELECT COALESCE(o."mergedIntoId", o.id) FROM new_departments n JOIN old_departments o ON o.id = n.id
      WHERE n."mergedIntoId" IS DISTINCT FROM o."mergedIntoId"
      UNION SELECT COALESCE(n."mergedIntoId", n.id) FROM new_departments n JOIN old_departments o ON o.id = n.id
      WHERE n."mergedIntoId" IS DISTINCT FROM o."mergedIntoId");
  ELSE
    depts := ARRAY(SELECT DISTINCT o."mergedIntoId" FROM old_departments o WHERE o."mergedIntoId" IS NOT NULL);
  END IF;
  IF cardinality(depts) > 0 THEN
    PERFORM "fl_refresh_department_year_facts"(depts, array_fill(NULL::INTEGER, ARRAY[cardinality(depts)]));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Department_department_year_facts_update" AFTER UPDATE ON "Department"
  REFERENCING OLD TABLE AS old_departments NEW TABLE AS new_departments FOR EACH STATEMENT EXECUTE FUNCTION "fl_department_year_facts_on_department"();
CREATE TRIGGER "Department_department_year_facts_delete" AFTER DELETE ON "Department"
  REFERENCING OLD TABLE AS old_departments FOR EACH STATEMENT EXECUTE FUNCTION "fl_department_year_facts_on_department"();

-- Backfill the departments imported before this migration, year by year.
SELECT "fl_refresh_department_year_facts"(array_agg(dept), array_agg(NULL::INTEGER))
FROM (SELECT DISTINCT COALESCE(d."mergedIntoId", d.id) AS dept FROM "Report" r JOIN "Department" d ON d.id = r."departmentId") k;
