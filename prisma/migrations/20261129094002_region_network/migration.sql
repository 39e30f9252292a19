-- CreateTable
CREATE TABLE "RegionNetwork" (
    "regionId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "dataVersion" INTEGER NOT NULL,
    "network" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegionNetwork_pkey" PRIMARY KEY ("regionId","year")
);

-- AddForeignKey
ALTER TABLE "RegionNetwork" ADD CONSTRAINT "RegionNetwork_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Networks used to be stored in RegionMetrics at year -Y. The table is a cache: empty it, and
-- every region's metrics and networks are recomputed together on their next read.
DELETE FROM "RegionMetrics";
