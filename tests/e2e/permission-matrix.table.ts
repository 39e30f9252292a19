// THE expected outcomes of the permission matrix, written by hand from issue 3's roles — never
// derived from lib/permissions.ts, so a wrong entry there shows up here as a failure.
// A new server action or API route fails the matrix until it has a row. Rows of each feature
// live in tests/e2e/matrix/<feature>.ts; the shared caller types and helpers in matrix/common.ts.
import {
  actorEditInput,
  actorEditors,
  actorIn,
  membershipIn,
  regionAdmins,
  SIGNED_IN,
  type ActionCase,
  type ApiProbe,
} from "./matrix/common";
import * as councils from "./matrix/councils";
import * as meetings from "./matrix/meetings";
import * as cooperation from "./matrix/cooperation";
import * as spreadsheets from "./matrix/spreadsheets";
import * as projects from "./matrix/projects";
import * as plans from "./matrix/plans";
import * as metrics from "./matrix/metrics";

export type { Caller, Region } from "./matrix/common";

const FEATURES = [councils, meetings, cooperation, spreadsheets, projects, plans, metrics];

const CORE_ACTIONS: Record<string, ActionCase> = {
  "lib/members/actions.ts#inviteMemberAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ n }) => ({ email: `matriz.invitado.${n}.${Date.now()}@minka.example`, name: "Invitado de prueba", role: "VIEWER" }),
  },
  "lib/members/actions.ts#changeMemberRoleAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ ...(await membershipIn(db, region, n)), role: "COUNCIL_SECRETARY" }),
  },
  "lib/members/actions.ts#setMemberStatusAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ ...(await membershipIn(db, region, n)), status: "DISABLED" }),
  },
  "lib/members/actions.ts#removeMemberAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => ({ ...(await membershipIn(db, region, n)), confirm: "on" }),
  },
  "lib/actors/actions.ts#createActorAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ n }) => ({ name: `Empresa de prueba ${n} ${Date.now()}`, helix: "BUSINESS", type: "FIRM", confirmDuplicate: "on" }),
  },
  "lib/actors/actions.ts#updateActorAction": {
    scope: "region",
    changes: actorEditors,
    input: actorEditInput,
  },
  "lib/actors/actions.ts#archiveActorAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => actorIn(db, region, n),
  },
  "lib/actors/actions.ts#restoreActorAction": {
    scope: "region",
    changes: regionAdmins,
    input: async ({ db, region, n }) => actorIn(db, region, n, true),
  },
  "lib/platform/actions.ts#createRegionAction": {
    scope: "user",
    changes: (caller) => caller === "platformAdmin",
    input: async ({ n }) => {
      const suffix = String(10 + (n % 80)).padStart(2, "0");
      const letters = String.fromCharCode(65 + (n % 26), 65 + ((n * 7) % 26), 65 + ((n * 11) % 26));
      return {
        code: `99${suffix}`,
        reniecCode: `98${suffix}`,
        isoCode: `PE-Z${letters.slice(1)}`,
        name: `Región de prueba ${n}`,
        slug: `prueba-${n}-${Date.now()}`,
        capital: "Capital de prueba",
        adminEmail: `matriz.admin.region.${n}.${Date.now()}@minka.example`,
        adminName: "Administrador de prueba",
      };
    },
  },
  "lib/account/actions.ts#changePasswordAction": {
    scope: "user",
    changes: (caller) => SIGNED_IN.includes(caller),
    rotatesPassword: true,
    input: async ({ password, n }) => ({ currentPassword: password, newPassword: `Matriz-clave-nueva-${n}-${Date.now()}` }),
  },
  // Anonymous by design. With a link token that does not exist, or an address without an
  // account, nothing may change for anyone.
  "lib/account/actions.ts#requestPasswordResetAction": {
    scope: "public",
    changes: () => false,
    input: async ({ n }) => ({ email: `nadie.${n}@minka.example` }),
  },
  "lib/account/actions.ts#resetPasswordAction": {
    scope: "public",
    changes: () => false,
    input: async ({ n }) => ({ token: `enlace-inexistente-${n}-abcdefghijklmnopqrstuvwxyz0123456789`, password: "Una-clave-larga-y-rara-2026" }),
  },
  "lib/account/actions.ts#acceptInvitationAction": {
    scope: "public",
    changes: () => false,
    input: async ({ n }) => ({
      token: `invitacion-inexistente-${n}-abcdefghijklmnopqrstuvwxyz0123456789`,
      name: "Nadie",
      password: "Una-clave-larga-y-rara-2026",
    }),
  },
};

const CORE_ROUTES: Record<string, { probes: ApiProbe[] }> = {
  // next-auth's own endpoints: public by design (they are how one signs in); they reveal nothing
  // about other users. The session endpoint answers every caller with 200 (empty when signed out).
  "api/auth/[...nextauth]": {
    probes: [
      { method: "GET", path: "/api/auth/csrf", expectStatus: () => 200 },
      { method: "GET", path: "/api/auth/session", expectStatus: () => 200 },
      { method: "GET", path: "/api/auth/providers", expectStatus: () => 200 },
    ],
  },
  // The load balancer's health check: public, and it tells nothing but "ok" (lib/health.ts).
  "api/health": {
    probes: [{ method: "GET", path: "/api/health", expectStatus: () => 200 }],
  },
};

export const ACTION_CASES: Record<string, ActionCase> = Object.assign({}, CORE_ACTIONS, ...FEATURES.map((f) => f.ACTIONS));
export const API_ROUTES: Record<string, { probes: ApiProbe[] }> = Object.assign({}, CORE_ROUTES, ...FEATURES.map((f) => f.ROUTES));
