-- AlterTable
ALTER TABLE "Measurement" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
