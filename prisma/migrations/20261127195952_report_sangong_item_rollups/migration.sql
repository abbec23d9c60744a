-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "sangongOutboundActual" DECIMAL(18,2),
ADD COLUMN     "sangongOutboundBudget" DECIMAL(18,2),
ADD COLUMN     "sangongReceptionActual" DECIMAL(18,2),
ADD COLUMN     "sangongReceptionBudget" DECIMAL(18,2),
ADD COLUMN     "sangongVehicleOperationActual" DECIMAL(18,2),
ADD COLUMN     "sangongVehicleOperationBudget" DECIMAL(18,2),
ADD COLUMN     "sangongVehiclePurchaseActual" DECIMAL(18,2),
ADD COLUMN     "sangongVehiclePurchaseBudget" DECIMAL(18,2);

-- Backfill from the item rows of reports imported before this migration.
UPDATE "Report" r SET
  "sangongOutboundBudget" = s."outboundBudget", "sangongOutboundActual" = s."outboundActual",
  "sangongVehiclePurchaseBudget" = s."purchaseBudget", "sangongVehiclePurchaseActual" = s."purchaseActual",
  "sangongVehicleOperationBudget" = s."operationBudget", "sangongVehicleOperationActual" = s."operationActual",
  "sangongReceptionBudget" = s."receptionBudget", "sangongReceptionActual" = s."receptionActual"
FROM (
  SELECT "reportId",
    MAX(budget) FILTER (WHERE item = 'outbound') AS "outboundBudget", MAX(actual) FILTER (WHERE item = 'outbound') AS "outboundActual",
    MAX(budget) FILTER (WHERE item = 'vehiclePurchase') AS "purchaseBudget", MAX(actual) FILTER (WHERE item = 'vehiclePurchase') AS "purchaseActual",
    MAX(budget) FILTER (WHERE item = 'vehicleOperation') AS "operationBudget", MAX(actual) FILTER (WHERE item = 'vehicleOperation') AS "operationActual",
    MAX(budget) FILTER (WHERE item = 'reception') AS "receptionBudget", MAX(actual) FILTER (WHERE item = 'reception') AS "receptionActual"
  FROM "SangongItem" GROUP BY "reportId"
) s
WHERE s."reportId" = r.id;
