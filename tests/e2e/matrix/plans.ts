import type pg from "pg";
import { regionAdmins, type ActionCase, type ApiProbe, type Region } from "./common";

// Permission-matrix rows for the plans feature: one per server action ("file#export") and one per
// route folder under app/ with a route handler.
//
// Every plan write needs `plans.write`: among the matrix's callers, the region's regional admin
// and the platform admin. Each row prepares its own plan → objective → indicator (→ measurement)
// in the region the call names, so a refused call (another region's admin, an institution office,
// the national viewer, anonymous, disabled) must change nothing.

const FILE = "lib/plans/actions.ts";
const unique = (n: number) => `${n}-${Date.now()}`;
/** Codes are at most 20 characters and unique per plan/objective; every tree is fresh anyway. */
const shortCode = (prefix: string, n: number) => `${prefix}${n}`.slice(0, 20);

async function planIn(db: pg.Client, region: Region | null, n: number): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into "Plan"(id, "regionId", title, status, "startYear", "endYear", "updatedAt")
     select gen_random_uuid(), r.id, $2, 'DRAFT', 2025, 2030, now() from "Region" r where r.slug = $1 returning id`,
    [region, `Plan de prueba ${unique(n)}`],
  );
  return rows[0]!.id;
}

async function objectiveIn(db: pg.Client, region: Region | null, n: number): Promise<{ planId: string; objectiveId: string }> {
  const planId = await planIn(db, region, n);
  const { rows } = await db.query<{ id: string }>(
    `insert into "Objective"(id, "regionId", "planId", code, title, "updatedAt")
     select gen_random_uuid(), p."regionId", p.id, 'OE1', 'Objetivo de prueba', now() from "Plan" p where p.id = $1 returning id`,
    [planId],
  );
  return { planId, objectiveId: rows[0]!.id };
}

async function indicatorIn(db: pg.Client, region: Region | null, n: number): Promise<{ objectiveId: string; indicatorId: string }> {
  const { objectiveId } = await objectiveIn(db, region, n);
  const { rows } = await db.query<{ id: string }>(
    `insert into "Indicator"(id, "regionId", "objectiveId", code, name, unit, "baselineValue", "baselineYear", "targetValue", "targetYear", "updatedAt")
     select gen_random_uuid(), o."regionId", o.id, 'I1', 'Indicador de prueba', 'proyectos', 10, 2020, 20, 2030, now()
     from "Objective" o where o.id = $1 returning id`,
    [objectiveId],
  );
  return { objectiveId, indicatorId: rows[0]!.id };
}

async function measurementIn(db: pg.Client, region: Region | null, n: number): Promise<string> {
  const { indicatorId } = await indicatorIn(db, region, n);
  const { rows } = await db.query<{ id: string }>(
    `insert into "Measurement"(id, "regionId", "indicatorId", "measuredOn", value, "updatedAt")
     select gen_random_uuid(), i."regionId", i.id, date '2025-12-31', 15, now() from "Indicator" i where i.id = $1 returning id`,
    [indicatorId],
  );
  return rows[0]!.id;
}

const planFields = (n: number) => ({ title: `Plan de prueba ${unique(n)}`, status: "DRAFT", startYear: "2025", endYear: "2030", legalBasis: "", legalBasisUrl: "", description: "" });
const indicatorFields = (n: number) => ({
  code: shortCode("T", n),
  name: `Indicador editado ${unique(n)}`,
  unit: "proyectos",
  baselineValue: "10",
  baselineYear: "2020",
  targetValue: "25",
  targetYear: "2030",
  direction: "HIGHER_IS_BETTER",
  frequency: "ANNUAL",
  source: "",
});

export const ACTIONS: Record<string, ActionCase> = {
  [`${FILE}#createPlanAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ n }) => planFields(n),
  },
  [`${FILE}#updatePlanAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ planId: await planIn(db, region, n), version: "1", ...planFields(n), status: "IN_FORCE" }),
  },
  [`${FILE}#deletePlanAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ planId: await planIn(db, region, n), version: "1", confirm: "on" }),
  },
  [`${FILE}#createObjectiveAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ planId: await planIn(db, region, n), code: "OE2", title: `Objetivo ${unique(n)}`, description: "" }),
  },
  [`${FILE}#updateObjectiveAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ objectiveId: (await objectiveIn(db, region, n)).objectiveId, version: "1", code: "OE1", title: `Objetivo editado ${unique(n)}`, description: "" }),
  },
  [`${FILE}#deleteObjectiveAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ objectiveId: (await objectiveIn(db, region, n)).objectiveId, version: "1", confirm: "on" }),
  },
  [`${FILE}#createIndicatorAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ objectiveId: (await objectiveIn(db, region, n)).objectiveId, ...indicatorFields(n) }),
  },
  [`${FILE}#updateIndicatorAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => {
      const { objectiveId, indicatorId } = await indicatorIn(db, region, n);
      return { indicatorId, version: "1", objectiveId, ...indicatorFields(n) };
    },
  },
  [`${FILE}#deleteIndicatorAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ indicatorId: (await indicatorIn(db, region, n)).indicatorId, version: "1", confirm: "on" }),
  },
  [`${FILE}#createMeasurementAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ indicatorId: (await indicatorIn(db, region, n)).indicatorId, measuredOn: "2025-06-30", value: "12,5", source: "", note: "" }),
  },
  [`${FILE}#updateMeasurementAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ measurementId: await measurementIn(db, region, n), version: "1", measuredOn: "2025-06-30", value: "16", source: "", note: "" }),
  },
  [`${FILE}#deleteMeasurementAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ measurementId: await measurementIn(db, region, n), version: "1", confirm: "on" }),
  },
};

export const ROUTES: Record<string, { probes: ApiProbe[] }> = {};
