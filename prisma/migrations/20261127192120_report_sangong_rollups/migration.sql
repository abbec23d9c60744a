-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "sangongActual" DECIMAL(18,2),
ADD COLUMN     "sangongBudget" DECIMAL(18,2);

-- Backfill from the 三公 total rows of reports imported before this migration.
UPDATE "Report" r SET
  "sangongBudget" = s.budget,
  "sangongActual" = s.actual
FROM "SangongItem" s
WHERE s."reportId" = r.id AND s.item = 'total';
