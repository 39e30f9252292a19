import type pg from "pg";
import { actorIn, regionAdmins, type ActionCase, type ApiProbe, type Region } from "./common";

// Permission-matrix rows for the councils feature: one per server action ("file#export") and one per
// route folder under app/ with a route handler.
//
// Council administration needs `council.write`: among the matrix's callers, the region's regional
// admin and the platform admin (council secretaries hold it too but are not matrix callers).
// Every row prepares its own records in the region the call names, so a call that is refused
// (another region's admin, an institution office, the national viewer) must change nothing.

const FILE = "lib/councils/actions.ts";
const unique = (n: number) => `${n}-${Date.now()}`;

/** The region's demo council (Cusco's CORCYTEC, Tacna's forum). */
async function councilOf(db: pg.Client, region: Region | null): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `select c.id from "Council" c join "Region" r on r.id = c."regionId" where r.slug = $1 and c.status <> 'DISSOLVED' order by c."createdAt" limit 1`,
    [region],
  );
  return rows[0]!.id;
}

/** A fresh member seat (of a fresh firm) on the region's council, from 2020-01-01. */
async function seatIn(db: pg.Client, region: Region | null, n: number): Promise<{ seatId: string; version: string }> {
  const [{ actorId }, councilId] = await Promise.all([actorIn(db, region, n), councilOf(db, region)]);
  const { rows } = await db.query<{ id: string }>(
    `insert into "Seat"(id, "regionId", "councilId", "actorId", role, voting, "startsOn", "updatedAt")
     select gen_random_uuid(), c."regionId", c.id, $2, 'MEMBER', true, date '2020-01-01', now() from "Council" c where c.id = $1 returning id`,
    [councilId, actorId],
  );
  return { seatId: rows[0]!.id, version: "1" };
}

/** A fresh delegation 2020-01-01 … 2021-12-31 on a fresh seat, held by a fresh person. */
async function delegationIn(db: pg.Client, region: Region | null, n: number): Promise<{ delegationId: string; version: string }> {
  const { seatId } = await seatIn(db, region, n);
  const { rows } = await db.query<{ id: string }>(
    `with p as (
       insert into "Person"(id, "regionId", "givenNames", "familyNames", "updatedAt")
       select gen_random_uuid(), s."regionId", 'Delegada', $2, now() from "Seat" s where s.id = $1 returning id, "regionId"
     )
     insert into "Delegation"(id, "regionId", "seatId", "personId", "termStartsOn", "termEndsOn", "updatedAt")
     select gen_random_uuid(), p."regionId", $1, p.id, date '2020-01-01', date '2021-12-31', now() from p returning id`,
    [seatId, `De Prueba ${unique(n)}`],
  );
  return { delegationId: rows[0]!.id, version: "1" };
}

/** A fresh dissolved council: any number may exist beside the region's active one. */
async function dissolvedCouncilIn(db: pg.Client, region: Region | null, n: number): Promise<{ councilId: string; version: string }> {
  const { rows } = await db.query<{ id: string }>(
    `insert into "Council"(id, "regionId", name, kind, status, "updatedAt")
     select gen_random_uuid(), r.id, $2, 'FORUM', 'DISSOLVED', now() from "Region" r where r.slug = $1 returning id`,
    [region, `Foro disuelto ${unique(n)}`],
  );
  return { councilId: rows[0]!.id, version: "1" };
}

const councilFields = (n: number) => ({
  name: `Foro histórico ${unique(n)}`,
  kind: "FORUM",
  status: "DISSOLVED",
  ordinanceNumber: `Ordenanza ${n}`,
  ordinanceDate: "2010-05-01",
  budgetCurrency: "PEN",
  annualBudget: "1000.00",
  staffCount: "1",
  quorumNumerator: "1",
  quorumDenominator: "2",
});

export const ACTIONS: Record<string, ActionCase> = {
  // A dissolved council: creating an active one is refused while the region has one.
  [`${FILE}#createCouncilAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ n }) => councilFields(n),
  },
  [`${FILE}#updateCouncilAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ ...(await dissolvedCouncilIn(db, region, n)), ...councilFields(n) }),
  },
  [`${FILE}#createSeatAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({
      councilId: await councilOf(db, region),
      actorId: (await actorIn(db, region, n)).actorId,
      role: "MEMBER",
      voting: "on",
      startsOn: "2021-03-01",
    }),
  },
  [`${FILE}#updateSeatAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ ...(await seatIn(db, region, n)), role: "OBSERVER", startsOn: "2020-01-01" }),
  },
  [`${FILE}#endSeatAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ ...(await seatIn(db, region, n)), endsOn: "2022-06-30" }),
  },
  [`${FILE}#createDelegationAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({
      seatId: (await seatIn(db, region, n)).seatId,
      newGivenNames: "Delegado",
      newFamilyNames: `Nuevo ${unique(n)}`,
      termStartsOn: "2020-01-01",
      termEndsOn: "2021-12-31",
      accreditation: `Oficio ${n}`,
    }),
  },
  [`${FILE}#updateDelegationAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => {
      const { delegationId, version } = await delegationIn(db, region, n);
      const { rows } = await db.query<{ personId: string }>(`select "personId" from "Delegation" where id = $1`, [delegationId]);
      return { delegationId, version, personId: rows[0]!.personId, termStartsOn: "2020-01-01", termEndsOn: "2021-12-31", accreditation: `Resolución ${n}` };
    },
  },
  [`${FILE}#endDelegationAction`]: {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ ...(await delegationIn(db, region, n)), termEndsOn: "2021-06-30" }),
  },
};

export const ROUTES: Record<string, { probes: ApiProbe[] }> = {};
