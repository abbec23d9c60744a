-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Department" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "kind" TEXT,
    "region" TEXT,
    "parentId" INTEGER,
    "mergedIntoId" INTEGER,
    "firstYear" INTEGER,
    "lastYear" INTEGER,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartmentAlias" (
    "id" SERIAL NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "fromYear" INTEGER,
    "toYear" INTEGER,

    CONSTRAINT "DepartmentAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartmentEvent" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DepartmentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" SERIAL NOT NULL,
    "sha256" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "pageCount" INTEGER,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "currentKey" TEXT,
    "sourceDocumentId" INTEGER NOT NULL,
    "printedDepartmentName" TEXT,
    "sourceUnit" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedBy" TEXT,
    "incomeTotal" DECIMAL(18,2),
    "expenditureTotal" DECIMAL(18,2),
    "fiscalAppropriationIncome" DECIMAL(18,2),
    "basicExpenditure" DECIMAL(18,2),
    "projectExpenditure" DECIMAL(18,2),
    "carryForwardStart" DECIMAL(18,2),
    "carryForwardEnd" DECIMAL(18,2),
    "fiscalGeneralBudget" DECIMAL(18,2),
    "fiscalGovernmentFund" DECIMAL(18,2),
    "fiscalStateCapital" DECIMAL(18,2),
    "fiscalTotal" DECIMAL(18,2),
    "gpbBudgetInitialTotal" DECIMAL(18,2),
    "personnelExpenses" DECIMAL(18,2),
    "publicUseExpenses" DECIMAL(18,2),
    "operatingExpenses" DECIMAL(18,2),
    "operatingExpensesBudget" DECIMAL(18,2),
    "procurementTotal" DECIMAL(18,2),
    "procurementGoods" DECIMAL(18,2),
    "procurementWorks" DECIMAL(18,2),
    "procurementServices" DECIMAL(18,2),
    "procurementSme" DECIMAL(18,2),
    "procurementSmeSharePct" DECIMAL(9,4),
    "vehicleCount" INTEGER,
    "outboundGroups" INTEGER,
    "outboundPeople" INTEGER,
    "vehiclesPurchased" INTEGER,
    "receptionBatches" INTEGER,
    "receptionPeople" INTEGER,
    "perfBudget" DECIMAL(18,2),
    "perfActual" DECIMAL(18,2),
    "perfRatePct" DECIMAL(9,4),
    "perfScore" TEXT,
    "priorIncomeTotal" DECIMAL(18,2),
    "priorExpenditureTotal" DECIMAL(18,2),
    "priorFiscalTotal" DECIMAL(18,2),
    "priorGpbExpenditure" DECIMAL(18,2),
    "priorSangongTotal" DECIMAL(18,2),
    "priorOperatingExpenses" DECIMAL(18,2),
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "warningCount" INTEGER NOT NULL DEFAULT 0,
    "parsed" JSONB NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FunctionLine" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "table" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "classCode" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "total" DECIMAL(18,2),
    "basic" DECIMAL(18,2),
    "project" DECIMAL(18,2),
    "remitted" DECIMAL(18,2),
    "operating" DECIMAL(18,2),
    "subsidiary" DECIMAL(18,2),
    "fiscal" DECIMAL(18,2),
    "superior" DECIMAL(18,2),
    "business" DECIMAL(18,2),
    "other" DECIMAL(18,2),
    "budgetInitial" DECIMAL(18,2),
    "budgetFull" DECIMAL(18,2),
    "statedRatePct" DECIMAL(9,4),
    "reason" TEXT,
    "page" INTEGER,
    "line" INTEGER,
    "budgetPage" INTEGER,

    CONSTRAINT "FunctionLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EconomicLine" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "amount" DECIMAL(18,2),
    "page" INTEGER,
    "line" INTEGER,

    CONSTRAINT "EconomicLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncomeSource" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "amount" DECIMAL(18,2),
    "page" INTEGER,

    CONSTRAINT "IncomeSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SangongItem" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "item" TEXT NOT NULL,
    "budget" DECIMAL(18,2),
    "actual" DECIMAL(18,2),
    "page" INTEGER,

    CONSTRAINT "SangongItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NarrativeClaim" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "amount" DECIMAL(18,2),
    "base" DECIMAL(18,2),
    "delta" DECIMAL(18,2),
    "statedPct" DECIMAL(9,4),
    "direction" TEXT,
    "text" TEXT NOT NULL,
    "page" INTEGER,
    "line" INTEGER,

    CONSTRAINT "NarrativeClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerformanceProject" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "budget" DECIMAL(18,2),
    "actual" DECIMAL(18,2),
    "ratePct" DECIMAL(9,4),
    "score" TEXT,
    "page" INTEGER,

    CONSTRAINT "PerformanceProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerformanceIndicator" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "level1" TEXT,
    "level2" TEXT,
    "name" TEXT NOT NULL,
    "target" TEXT,
    "actual" TEXT,
    "page" INTEGER,

    CONSTRAINT "PerformanceIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "rule" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "expected" TEXT,
    "actual" TEXT,
    "tableRef" TEXT,
    "rowRef" TEXT,
    "page" INTEGER,
    "line" INTEGER,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnreadSection" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "page" INTEGER,

    CONSTRAINT "UnreadSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" SERIAL NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "actor" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT,
    "size" INTEGER,
    "status" TEXT NOT NULL,
    "reportId" INTEGER,
    "sourceDocumentId" INTEGER,
    "errorCode" TEXT,
    "message" TEXT,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "warningCount" INTEGER NOT NULL DEFAULT 0,
    "infoCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserDepartment" (
    "userId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,

    CONSTRAINT "UserDepartment_pkey" PRIMARY KEY ("userId","departmentId")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "details" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "success" BOOLEAN NOT NULL,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobLock" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobLock_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "Department_normalizedName_key" ON "Department"("normalizedName");

-- CreateIndex
CREATE INDEX "Department_mergedIntoId_idx" ON "Department"("mergedIntoId");

-- CreateIndex
CREATE UNIQUE INDEX "DepartmentAlias_normalizedName_key" ON "DepartmentAlias"("normalizedName");

-- CreateIndex
CREATE INDEX "DepartmentAlias_departmentId_idx" ON "DepartmentAlias"("departmentId");

-- CreateIndex
CREATE INDEX "DepartmentEvent_fromId_idx" ON "DepartmentEvent"("fromId");

-- CreateIndex
CREATE INDEX "DepartmentEvent_toId_idx" ON "DepartmentEvent"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_sha256_key" ON "SourceDocument"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Report_currentKey_key" ON "Report"("currentKey");

-- CreateIndex
CREATE INDEX "Report_year_currentKey_idx" ON "Report"("year", "currentKey");

-- CreateIndex
CREATE INDEX "Report_sourceDocumentId_idx" ON "Report"("sourceDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_departmentId_year_scope_version_key" ON "Report"("departmentId", "year", "scope", "version");

-- CreateIndex
CREATE INDEX "FunctionLine_reportId_table_idx" ON "FunctionLine"("reportId", "table");

-- CreateIndex
CREATE INDEX "FunctionLine_table_code_reportId_idx" ON "FunctionLine"("table", "code", "reportId");

-- CreateIndex
CREATE INDEX "FunctionLine_table_level_classCode_idx" ON "FunctionLine"("table", "level", "classCode");

-- CreateIndex
CREATE INDEX "EconomicLine_reportId_idx" ON "EconomicLine"("reportId");

-- CreateIndex
CREATE INDEX "IncomeSource_reportId_idx" ON "IncomeSource"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "SangongItem_reportId_item_key" ON "SangongItem"("reportId", "item");

-- CreateIndex
CREATE INDEX "NarrativeClaim_reportId_idx" ON "NarrativeClaim"("reportId");

-- CreateIndex
CREATE INDEX "PerformanceProject_reportId_idx" ON "PerformanceProject"("reportId");

-- CreateIndex
CREATE INDEX "PerformanceIndicator_projectId_idx" ON "PerformanceIndicator"("projectId");

-- CreateIndex
CREATE INDEX "Finding_reportId_severity_idx" ON "Finding"("reportId", "severity");

-- CreateIndex
CREATE INDEX "Finding_severity_rule_idx" ON "Finding"("severity", "rule");

-- CreateIndex
CREATE INDEX "UnreadSection_reportId_idx" ON "UnreadSection"("reportId");

-- CreateIndex
CREATE INDEX "ImportRun_startedAt_idx" ON "ImportRun"("startedAt");

-- CreateIndex
CREATE INDEX "ImportRun_sha256_idx" ON "ImportRun"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_key_at_idx" ON "LoginAttempt"("key", "at");

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentAlias" ADD CONSTRAINT "DepartmentAlias_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentEvent" ADD CONSTRAINT "DepartmentEvent_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentEvent" ADD CONSTRAINT "DepartmentEvent_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionLine" ADD CONSTRAINT "FunctionLine_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EconomicLine" ADD CONSTRAINT "EconomicLine_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomeSource" ADD CONSTRAINT "IncomeSource_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SangongItem" ADD CONSTRAINT "SangongItem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NarrativeClaim" ADD CONSTRAINT "NarrativeClaim_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceProject" ADD CONSTRAINT "PerformanceProject_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceIndicator" ADD CONSTRAINT "PerformanceIndicator_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "PerformanceProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnreadSection" ADD CONSTRAINT "UnreadSection_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserDepartment" ADD CONSTRAINT "UserDepartment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserDepartment" ADD CONSTRAINT "UserDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
