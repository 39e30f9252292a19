// Reference data, seeded whether or not demo content is asked for: the 26 regions (25 departments
// and Lima Metropolitana) and the provinces of the pilot regions. Rows are matched by their
// natural key (INEI code); a row is written only when it is missing or differs, so a second run
// leaves every row, updatedAt included, as it was.
import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEPARTMENTS, PROVINCES } from "./data/ubigeo";

type Tx = Prisma.TransactionClient | PrismaClient;

/** Compares a stored Decimal (or null) with the seed's decimal string. */
function sameDecimal(stored: { toString(): string } | null, wanted: string | null): boolean {
  if (stored === null || wanted === null) return stored === wanted;
  return Number(stored.toString()) === Number(wanted);
}

export interface ReferenceResult {
  regionIds: Map<string, string>;
  created: { regions: number; provinces: number };
  updated: { regions: number; provinces: number };
}

export async function seedReference(tx: Tx): Promise<ReferenceResult> {
  const existingRegions = new Map((await tx.region.findMany()).map((r) => [r.code, r]));
  const toCreate: Prisma.RegionCreateManyInput[] = [];
  let updatedRegions = 0;
  for (const d of DEPARTMENTS) {
    const data = {
      code: d.code,
      reniecCode: d.reniecCode,
      isoCode: d.isoCode,
      slug: d.slug,
      name: d.name,
      capital: d.capital,
      latitude: d.latitude,
      longitude: d.longitude,
      hdi2019: d.hdi2019,
      povertyRate: d.povertyRate,
    };
    const row = existingRegions.get(d.code);
    if (!row) {
      toCreate.push(data);
    } else if (
      row.reniecCode !== d.reniecCode ||
      row.isoCode !== d.isoCode ||
      row.slug !== d.slug ||
      row.name !== d.name ||
      row.capital !== d.capital ||
      !sameDecimal(row.latitude, d.latitude) ||
      !sameDecimal(row.longitude, d.longitude) ||
      !sameDecimal(row.hdi2019, d.hdi2019) ||
      !sameDecimal(row.povertyRate, d.povertyRate)
    ) {
      await tx.region.update({ where: { code: d.code }, data });
      updatedRegions++;
    }
  }
  if (toCreate.length > 0) await tx.region.createMany({ data: toCreate });

  const regionIds = new Map(
    (await tx.region.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]),
  );

  const existingProvinces = new Map((await tx.province.findMany()).map((p) => [p.code, p]));
  const provincesToCreate: Prisma.ProvinceCreateManyInput[] = [];
  let updatedProvinces = 0;
  for (const p of PROVINCES) {
    const regionId = regionIds.get(p.regionCode);
    if (!regionId) throw new Error(`province ${p.code}: region ${p.regionCode} is missing`);
    const data = {
      regionId,
      code: p.code,
      reniecCode: p.reniecCode,
      name: p.name,
      capital: p.capital,
      isCapital: p.isCapital,
    };
    const row = existingProvinces.get(p.code);
    if (!row) {
      provincesToCreate.push(data);
    } else if (
      row.regionId !== regionId ||
      row.reniecCode !== p.reniecCode ||
      row.name !== p.name ||
      row.capital !== p.capital ||
      row.isCapital !== p.isCapital
    ) {
      await tx.province.update({ where: { code: p.code }, data });
      updatedProvinces++;
    }
  }
  if (provincesToCreate.length > 0) await tx.province.createMany({ data: provincesToCreate });

  return {
    regionIds,
    created: { regions: toCreate.length, provinces: provincesToCreate.length },
    updated: { regions: updatedRegions, provinces: updatedProvinces },
  };
}
