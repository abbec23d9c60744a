-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- The single row the response caches read (lib/db/data-version.ts).
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

-- Every statement that changes what a page can show raises the version inside its own transaction, so the new
-- version becomes visible together with the data (never before it) on every instance.
CREATE FUNCTION "fl_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1, "changedAt" = CURRENT_TIMESTAMP WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Report_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Report"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "Department_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Department"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "DepartmentAlias_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DepartmentAlias"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "DepartmentEvent_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DepartmentEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "FunctionLine_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "FunctionLine"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "EconomicLine_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EconomicLine"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "IncomeSource_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IncomeSource"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "SangongItem_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SangongItem"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "NarrativeClaim_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "NarrativeClaim"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "PerformanceProject_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PerformanceProject"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "PerformanceIndicator_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PerformanceIndicator"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "Finding_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Finding"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "UnreadSection_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "UnreadSection"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "User_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
CREATE TRIGGER "UserDepartment_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "UserDepartment"
  FOR EACH STATEMENT EXECUTE FUNCTION "fl_bump_data_version"();
