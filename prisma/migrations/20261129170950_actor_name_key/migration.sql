-- The duplicate check's name key (see Actor.nameKey in schema.prisma). Existing rows stay NULL:
-- the rule is JavaScript (lib/actors/normalise.ts), so the duplicate check computes and stores the
-- keys of a region's rows the first time it meets them.

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "nameKey" VARCHAR(200);

-- CreateIndex
CREATE INDEX "Actor_regionId_nameKey_idx" ON "Actor"("regionId", "nameKey");
