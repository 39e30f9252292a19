-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('ACTORS', 'PROJECTS', 'MEASUREMENTS');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('VALIDATING', 'READY', 'INVALID', 'COMMITTING', 'COMMITTED', 'FAILED');

-- CreateEnum
CREATE TYPE "ApiTokenScope" AS ENUM ('NATIONAL', 'REGIONS');

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "dataVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'VALIDATING',
    "fileName" VARCHAR(255) NOT NULL,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "rows" JSONB,
    "errors" JSONB,
    "createdByUserId" UUID,
    "committedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "scope" "ApiTokenScope" NOT NULL,
    "regionIds" UUID[] DEFAULT ARRAY[]::UUID[],
    "createdByUserId" UUID,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionMetrics" (
    "regionId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "dataVersion" INTEGER NOT NULL,
    "metrics" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegionMetrics_pkey" PRIMARY KEY ("regionId","year")
);

-- CreateIndex
CREATE INDEX "ImportJob_regionId_createdAt_idx" ON "ImportJob"("regionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionMetrics" ADD CONSTRAINT "RegionMetrics_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
