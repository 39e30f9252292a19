-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
