// Demo accounts, one per kind of user the product serves. All share one password, hashed once
// with Argon2id (hashing is slow by design) and only when some account is missing: an existing
// account is left exactly as it is, so a second run changes nothing.
import type { PrismaClient } from "@/lib/db-client";
import { hashPassword } from "@/lib/auth/password";
import type { GlobalRole, RegionRole } from "@/lib/generated/prisma/client";

export const DEMO_PASSWORD = "Minka-demo-2026";

export interface DemoUser {
  email: string;
  name: string;
  globalRole: GlobalRole | null;
  membership: { regionCode: string; role: RegionRole; actorName?: string } | null;
  /** What the account can do, for the launcher's list of demo accounts. */
  role: { es: string; en: string };
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: "gore.cusco@minka.example",
    name: "Gerencia Regional de Desarrollo Económico – GORE Cusco (demo)",
    globalRole: null,
    membership: { regionCode: "08", role: "REGIONAL_ADMIN" },
    role: { es: "Administración regional de Cusco (Gobierno Regional)", en: "Regional administrator of Cusco (regional government)" },
  },
  {
    email: "gore.tacna@minka.example",
    name: "Gerencia Regional de Desarrollo Económico – GORE Tacna (demo)",
    globalRole: null,
    membership: { regionCode: "23", role: "REGIONAL_ADMIN" },
    role: { es: "Administración regional de Tacna (Gobierno Regional)", en: "Regional administrator of Tacna (regional government)" },
  },
  {
    email: "investigacion.unsaac@minka.example",
    name: "Vicerrectorado de Investigación – UNSAAC (demo)",
    globalRole: null,
    membership: { regionCode: "08", role: "INSTITUTION_EDITOR", actorName: "Universidad Nacional de San Antonio Abad del Cusco" },
    role: { es: "Editor institucional de la UNSAAC en Cusco", en: "Institution editor for UNSAAC in Cusco" },
  },
  {
    email: "investigacion.unjbg@minka.example",
    name: "Vicerrectorado de Investigación – UNJBG (demo)",
    globalRole: null,
    membership: { regionCode: "23", role: "INSTITUTION_EDITOR", actorName: "Universidad Nacional Jorge Basadre Grohmann" },
    role: { es: "Editor institucional de la UNJBG en Tacna", en: "Institution editor for UNJBG in Tacna" },
  },
  {
    email: "multisectorial@minka.example",
    name: "Grupo de Trabajo Multisectorial (demo)",
    globalRole: "NATIONAL_VIEWER",
    membership: null,
    role: { es: "Vista nacional de solo lectura (Grupo de Trabajo Multisectorial)", en: "National read-only view (Multisectoral Working Group)" },
  },
  {
    email: "admin@minka.example",
    name: "Administración de la plataforma (demo)",
    globalRole: "PLATFORM_ADMIN",
    membership: null,
    role: { es: "Administración de la plataforma", en: "Platform administrator" },
  },
];

export async function seedDemoUsers(db: PrismaClient): Promise<{ created: number; memberships: number }> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('minka-seed:users'))`;
      const emails = DEMO_USERS.map((u) => u.email);
      const existing = new Set((await tx.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((u) => u.email));
      const missing = DEMO_USERS.filter((u) => !existing.has(u.email));
      if (missing.length > 0) {
        const passwordHash = await hashPassword(DEMO_PASSWORD);
        await tx.user.createMany({
          data: missing.map((u) => ({ email: u.email, name: u.name, passwordHash, globalRole: u.globalRole, locale: "es" })),
        });
      }

      const users = new Map((await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
      let memberships = 0;
      for (const u of DEMO_USERS) {
        if (!u.membership) continue;
        const region = await tx.region.findUnique({ where: { code: u.membership.regionCode }, select: { id: true } });
        if (!region) throw new Error(`demo user ${u.email}: region ${u.membership.regionCode} is missing`);
        const userId = users.get(u.email)!;
        const current = await tx.membership.findUnique({ where: { regionId_userId: { regionId: region.id, userId } } });
        if (current) continue;
        let actorId: string | null = null;
        if (u.membership.actorName) {
          const actor = await tx.actor.findFirst({
            where: { regionId: region.id, name: u.membership.actorName, fictional: false },
            select: { id: true },
            orderBy: { createdAt: "asc" },
          });
          if (!actor) throw new Error(`demo user ${u.email}: actor "${u.membership.actorName}" is missing`);
          actorId = actor.id;
        }
        await tx.membership.create({ data: { regionId: region.id, userId, role: u.membership.role, actorId } });
        memberships++;
      }
      return { created: missing.length, memberships };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
