-- AlterTable
ALTER TABLE "FunctionLine" ADD COLUMN     "statedRateBasis" TEXT;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "execActualFull" DECIMAL(18,2),
ADD COLUMN     "execBudgetFull" DECIMAL(18,2),
ADD COLUMN     "gpbBudgetFullTotal" DECIMAL(18,2);

-- Backfill: both rollups count only the 项 lines stating that budget (Σ 决算 of every 项 line when none does), so a
-- report that states budgets for a few 项 no longer divides all spending by a few budgets. Stored 全年预算 per line
-- (already read from the narrative) gives the full-year side.
UPDATE "Report" r SET
  "execBudgetInitial" = x.budget_initial,
  "execActual" = CASE WHEN x.budget_initial IS NULL THEN x.actual_all ELSE x.actual_initial END,
  "execBudgetFull" = x.budget_full,
  "execActualFull" = CASE WHEN x.budget_full IS NULL THEN x.actual_all ELSE x.actual_full END
FROM (
  SELECT f."reportId",
         SUM(f."budgetInitial") AS budget_initial,
         SUM(f.total) FILTER (WHERE f."budgetInitial" IS NOT NULL) AS actual_initial,
         SUM(f."budgetFull") AS budget_full,
         SUM(f.total) FILTER (WHERE f."budgetFull" IS NOT NULL) AS actual_full,
         SUM(f.total) AS actual_all
  FROM "FunctionLine" f
  WHERE f."table" = 'gpb' AND f.level = '项'
  GROUP BY f."reportId"
) x
WHERE x."reportId" = r.id;
