// The one permission table. Every page, server action and API route asks `can`/`assertCan`
// here; nothing else in the code base decides who may do what.
import type { GlobalRole, RegionRole } from "@/lib/generated/prisma/enums";

/** The role a user acts with in one region: a membership role, or a global role. */
export type Role = RegionRole | GlobalRole;

const ALL_REGION_ROLES = ["REGIONAL_ADMIN", "COUNCIL_SECRETARY", "INSTITUTION_EDITOR", "VIEWER"] as const;

/**
 * Permission → roles that hold it. "…Own" permissions are held by institution editors for
 * records of their own institution only: `ownsRecord` in the data layer checks the ownership.
 */
export const ROLE_PERMISSIONS = {
  // Reading a region: its dashboards, aggregates and non-personal records.
  "region.read": [...ALL_REGION_ROLES, "NATIONAL_VIEWER", "PLATFORM_ADMIN"],
  // Personal records (people, delegates' contacts): members of the region only.
  "people.read": [...ALL_REGION_ROLES, "PLATFORM_ADMIN"],
  "actors.write": ["REGIONAL_ADMIN", "PLATFORM_ADMIN"],
  "actors.writeOwn": ["INSTITUTION_EDITOR"],
  "council.write": ["REGIONAL_ADMIN", "COUNCIL_SECRETARY", "PLATFORM_ADMIN"],
  "cooperation.write": ["REGIONAL_ADMIN", "COUNCIL_SECRETARY", "PLATFORM_ADMIN"],
  "projects.write": ["REGIONAL_ADMIN", "PLATFORM_ADMIN"],
  "projects.writeOwn": ["INSTITUTION_EDITOR"],
  "plans.write": ["REGIONAL_ADMIN", "PLATFORM_ADMIN"],
  "recommendations.write": ["REGIONAL_ADMIN", "PLATFORM_ADMIN"],
  "members.manage": ["REGIONAL_ADMIN", "PLATFORM_ADMIN"],
  "audit.read": ["REGIONAL_ADMIN", "PLATFORM_ADMIN"],
  "mail.read": ["REGIONAL_ADMIN", "PLATFORM_ADMIN"],
  // Not bound to a region.
  "national.read": ["NATIONAL_VIEWER", "PLATFORM_ADMIN"],
  "platform.manage": ["PLATFORM_ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof ROLE_PERMISSIONS;

/**
 * The role a user acts with in a region (null: none, the region is closed to them). A platform
 * administrator is one everywhere; otherwise a membership wins over a global role, so a person
 * who is both a national viewer and a regional admin edits in that region. The tenant gate and
 * the navigation both use this one rule.
 */
export function roleInRegion(
  user: { globalRole: GlobalRole | null; memberships: readonly { regionId: string; role: RegionRole }[] },
  regionId: string | null,
): Role | null {
  if (user.globalRole === "PLATFORM_ADMIN") return "PLATFORM_ADMIN";
  const membership = regionId ? user.memberships.find((m) => m.regionId === regionId) : undefined;
  return membership?.role ?? user.globalRole;
}

/** May the user read the region (region.read there)? The gate lets them in exactly then. */
export function mayReadRegion(user: Parameters<typeof roleInRegion>[0], regionId: string): boolean {
  return can(roleInRegion(user, regionId), "region.read");
}

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && (ROLE_PERMISSIONS[permission] as readonly Role[]).includes(role);
}
