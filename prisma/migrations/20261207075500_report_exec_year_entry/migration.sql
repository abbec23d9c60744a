-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "execYearEntry" TEXT;

-- The report's departments × years entry, "year:execBudgetInitial:execActual:execBudgetFull:execActualFull" ("" = no
-- amount), written by the row itself on every insert and update: at 10,000 departments × 10 years, turning 400,000
-- amounts into text on each by-year view was half of its statement.
CREATE FUNCTION "fl_report_exec_year_entry"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."execYearEntry" := NEW.year::text || ':' || COALESCE(NEW."execBudgetInitial"::text, '') || ':' || COALESCE(NEW."execActual"::text, '')
    || ':' || COALESCE(NEW."execBudgetFull"::text, '') || ':' || COALESCE(NEW."execActualFull"::text, '');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Report_exec_year_entry" BEFORE INSERT OR UPDATE ON "Report"
  FOR EACH ROW EXECUTE FUNCTION "fl_report_exec_year_entry"();

-- Backfill: the trigger writes the entry of every report already stored.
UPDATE "Report" SET "execYearEntry" = NULL;
