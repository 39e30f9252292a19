-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "referenceKey" VARCHAR(40);

-- Existing references get their key (lib/agreements/schema.ts: agreementReferenceKey, i.e.
-- lower case). The app refused repeats before, but only in code: should two saves at the same
-- moment have left a repeated reference, the older agreement keeps the key and the newer one is
-- left without, so this migration never fails on such data (they show up in
-- `select reference from "Agreement" where reference is not null and "referenceKey" is null`).
UPDATE "Agreement" a
   SET "referenceKey" = lower(a."reference")
 WHERE a."reference" IS NOT NULL
   AND NOT EXISTS (
         SELECT 1 FROM "Agreement" b
          WHERE b."councilId" = a."councilId"
            AND lower(b."reference") = lower(a."reference")
            AND (b."createdAt", b.id) < (a."createdAt", a.id));

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_regionId_councilId_referenceKey_key" ON "Agreement"("regionId", "councilId", "referenceKey");
