-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "parsedVersion" INTEGER NOT NULL DEFAULT 1;
