-- AlterTable
ALTER TABLE "Department" DROP COLUMN "region",
ADD COLUMN     "regionCode" TEXT;

-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parentCode" TEXT,
    "demo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "UserRegion" (
    "userId" INTEGER NOT NULL,
    "regionCode" TEXT NOT NULL,

    CONSTRAINT "UserRegion_pkey" PRIMARY KEY ("userId","regionCode")
);

-- CreateIndex
CREATE INDEX "Region_parentCode_idx" ON "Region"("parentCode");

-- CreateIndex
CREATE INDEX "Department_regionCode_idx" ON "Department"("regionCode");

-- CreateIndex
CREATE INDEX "Department_parentId_idx" ON "Department"("parentId");

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRegion" ADD CONSTRAINT "UserRegion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRegion" ADD CONSTRAINT "UserRegion_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- 示例市 is fictional: its code 99xx is outside GB/T 2260 (no province 99), so it can never collide with a real region.
INSERT INTO "Region" ("code", "name", "level", "parentCode", "demo") VALUES
  ('9901', '示例市', '市', NULL, true),
  ('990101', '甲区', '区县', '9901', true),
  ('990102', '乙区', '区县', '9901', true);

CREATE TRIGGER "Region_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Region"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "Setting_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Setting"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "UserRegion_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "UserRegion"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
