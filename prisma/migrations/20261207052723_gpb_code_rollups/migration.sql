-- CreateTable
CREATE TABLE "GpbCodeRollup" (
    "reportId" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT,
    "budgetInitial" DECIMAL(18,2),
    "initialItems" INTEGER NOT NULL,
    "actualInitial" DECIMAL(18,2),
    "budgetFull" DECIMAL(18,2),
    "fullItems" INTEGER NOT NULL,
    "actualFull" DECIMAL(18,2),
    "actual" DECIMAL(18,2),
    "items" INTEGER NOT NULL,

    CONSTRAINT "GpbCodeRollup_pkey" PRIMARY KEY ("reportId","level","code")
);

-- AddForeignKey
ALTER TABLE "GpbCodeRollup" ADD CONSTRAINT "GpbCodeRollup_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes the rollups of the given reports from their lines. Each 项 line counts under its 类, 款 and 项 code; each
-- 类/款/项 line gives the name of its own code, so a 类 line with no 项 under it still has a row (items = 0) and the
-- heatmap names codes exactly as MIN(name) over the lines did. Recomputing whole reports (rather than adding the new
-- lines to what is stored) stays exact however the lines of a report are split over statements, updated or deleted.
CREATE FUNCTION "fl_refresh_gpb_code_rollups"(report_ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "GpbCodeRollup" WHERE "reportId" = ANY(report_ids);
  INSERT INTO "GpbCodeRollup" ("reportId", "level", "code", "name", "budgetInitial", "initialItems", "actualInitial",
                               "budgetFull", "fullItems", "actualFull", "actual", "items")
  SELECT k."reportId", k.level, k.code, MIN(k.name),
         SUM(k."budgetInitial"), COUNT(k."budgetInitial")::int4, SUM(k.total) FILTER (WHERE k."budgetInitial" IS NOT NULL),
         SUM(k."budgetFull"), COUNT(k."budgetFull")::int4, SUM(k.total) FILTER (WHERE k."budgetFull" IS NOT NULL),
         SUM(k.total), COUNT(*) FILTER (WHERE k.item)::int4
  FROM (
    SELECT f."reportId", v.level, LEFT(f.code, v.length) AS code, NULL::text AS name, f."budgetInitial", f."budgetFull", f.total, true AS item
    FROM "FunctionLine" f CROSS JOIN (VALUES ('类', 3), ('款', 5), ('项', 7)) v(level, length)
    WHERE f."reportId" = ANY(report_ids) AND f."table" = 'gpb' AND f.level = '项'
    UNION ALL
    SELECT f."reportId", f.level, f.code, f.name, NULL, NULL, NULL, false
    FROM "FunctionLine" f
    WHERE f."reportId" = ANY(report_ids) AND f."table" = 'gpb' AND f.level IN ('类', '款', '项')
  ) k
  GROUP BY 1, 2, 3;
$$;

-- Statement-level, with the statement's rows as a transition table: one refresh per INSERT of any number of lines
-- (an import's one INSERT, the bench seed's bulk unnest), inside the same transaction as the lines.
CREATE FUNCTION "fl_gpb_code_rollups_on_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "fl_refresh_gpb_code_rollups"(ARRAY(SELECT DISTINCT "reportId" FROM new_lines WHERE "table" = 'gpb'));
  ELSIF TG_OP = 'UPDATE' THEN
    -- Either side may be gpb, and a line may move to another report: refresh every report it was or is in.
    PERFORM "fl_refresh_gpb_code_rollups"(ARRAY(SELECT "reportId" FROM old_lines WHERE "table" = 'gpb'
                                                UNION SELECT "reportId" FROM new_lines WHERE "table" = 'gpb'));
  ELSE
    -- Also runs for the lines a report's deletion cascades to: their rollups go by their own cascade, this finds
    -- nothing left to insert.
    PERFORM "fl_refresh_gpb_code_rollups"(ARRAY(SELECT DISTINCT "reportId" FROM old_lines WHERE "table" = 'gpb'));
  END IF;
  RETURN NULL;
END
$$;

-- A trigger with transition tables fires on one event only, hence three.
CREATE TRIGGER "FunctionLine_gpb_code_rollups_insert" AFTER INSERT ON "FunctionLine"
  REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION "fl_gpb_code_rollups_on_change"();
CREATE TRIGGER "FunctionLine_gpb_code_rollups_update" AFTER UPDATE ON "FunctionLine"
  REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION "fl_gpb_code_rollups_on_change"();
CREATE TRIGGER "FunctionLine_gpb_code_rollups_delete" AFTER DELETE ON "FunctionLine"
  REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION "fl_gpb_code_rollups_on_change"();

-- Backfill the reports imported before this migration.
SELECT "fl_refresh_gpb_code_rollups"(ARRAY(SELECT DISTINCT "reportId" FROM "FunctionLine" WHERE "table" = 'gpb'));
