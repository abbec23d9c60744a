-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "execActual" DECIMAL(18,2),
ADD COLUMN     "execBudgetInitial" DECIMAL(18,2);

-- Backfill the rollups for reports imported before this migration.
UPDATE "Report" r SET
  "execBudgetInitial" = x.budget,
  "execActual" = x.actual
FROM (
  SELECT f."reportId", SUM(f."budgetInitial") AS budget, SUM(f.total) AS actual
  FROM "FunctionLine" f
  WHERE f."table" = 'gpb' AND f.level = '项'
  GROUP BY f."reportId"
) x
WHERE x."reportId" = r.id;
