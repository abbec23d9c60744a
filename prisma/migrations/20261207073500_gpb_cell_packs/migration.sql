-- CreateTable
CREATE TABLE "GpbCellPack" (
    "reportId" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "cells" TEXT NOT NULL,
    "names" TEXT NOT NULL,

    CONSTRAINT "GpbCellPack_pkey" PRIMARY KEY ("reportId","level")
);

-- AddForeignKey
ALTER TABLE "GpbCellPack" ADD CONSTRAINT "GpbCellPack_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Packs the given reports' rollups, one row per report and level: the 执行率 heatmap's cells of that report alone
-- ("code:年初预算:决算:全年预算:决算" in code order, only codes with 项; each 决算 over the 项 stating that budget when any
-- does, else over every 项 — exactly what the heatmap computes for a department with this one report) and the names its
-- lines give the level's codes. At 10,000 departments the heatmap then reads one row per report instead of grouping
-- and packing some 40,000 rollup rows.
CREATE FUNCTION "fl_refresh_gpb_cell_packs"(report_ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "GpbCellPack" WHERE "reportId" = ANY(report_ids);
  INSERT INTO "GpbCellPack" ("reportId", "level", "cells", "names")
  SELECT g."reportId", g.level,
         COALESCE(string_agg(g.code || ':' || COALESCE(g."budgetInitial"::text, '')
           || ':' || COALESCE((CASE WHEN g."initialItems" > 0 THEN g."actualInitial" ELSE g.actual END)::text, '')
           || ':' || COALESCE(g."budgetFull"::text, '')
           || ':' || COALESCE((CASE WHEN g."fullItems" > 0 THEN g."actualFull" ELSE g.actual END)::text, ''),
           ';' ORDER BY g.code) FILTER (WHERE g.items > 0), ''),
         COALESCE(json_agg(json_build_array(g.code, g.name) ORDER BY g.code) FILTER (WHERE g.name IS NOT NULL), '[]'::json)::text
  FROM "GpbCodeRollup" g
  WHERE g."reportId" = ANY(report_ids)
  GROUP BY 1, 2;
$$;

-- The rollups' refresh (called by the triggers on FunctionLine, migration 20261207052723_gpb_code_rollups) packs the
-- same reports right after: one statement's lines, one refresh of both, inside the lines' transaction.
CREATE OR REPLACE FUNCTION "fl_refresh_gpb_code_rollups"(report_ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
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
  SELECT "fl_refresh_gpb_cell_packs"(report_ids);
$$;

-- Backfill the reports imported before this migration.
SELECT "fl_refresh_gpb_cell_packs"(ARRAY(SELECT DISTINCT "reportId" FROM "GpbCodeRollup"));
