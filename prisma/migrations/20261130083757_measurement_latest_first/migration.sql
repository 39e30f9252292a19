-- The latest measurement of each indicator is the first entry of its range in this index
-- (date, then the one entered last), so the plans' status read no longer sorts every measurement
-- of the region (Lima at benchmark scale 10: 52,000 rows sorted on disk). It serves the
-- (regionId, indicatorId, measuredOn) lookups of the index it replaces as well.

-- DropIndex
DROP INDEX "Measurement_regionId_indicatorId_measuredOn_idx";

-- CreateIndex
CREATE INDEX "Measurement_regionId_indicatorId_measuredOn_createdAt_id_idx" ON "Measurement"("regionId", "indicatorId", "measuredOn" DESC, "createdAt" DESC, "id" DESC);
