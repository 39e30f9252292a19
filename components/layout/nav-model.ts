import type { CurrentUser } from "@/lib/auth/session";
import { can, roleInRegion, type Permission, type Role } from "@/lib/permissions";

export { roleInRegion };

// What the header offers each user, derived from the one permission table: a link is shown when
// the user's role in that region holds the permission of the page it leads to. No list of roles
// lives here; a role that gains a permission in lib/permissions.ts gains the link.

export const REGION_SECTIONS = [
  { key: "overview", path: "", permission: "region.read" },
  { key: "dashboard", path: "/dashboard", permission: "region.read" },
  { key: "actors", path: "/actors", permission: "region.read" },
  { key: "council", path: "/council", permission: "region.read" },
  { key: "cooperation", path: "/cooperation", permission: "region.read" },
  { key: "projects", path: "/projects", permission: "region.read" },
  { key: "plans", path: "/plans", permission: "region.read" },
  { key: "recommendations", path: "/recommendations", permission: "region.read" },
  { key: "members", path: "/admin/members", permission: "members.manage" },
  { key: "audit", path: "/admin/audit", permission: "audit.read" },
  { key: "mail", path: "/admin/mail", permission: "mail.read" },
] as const satisfies readonly { key: string; path: string; permission: Permission }[];

export type RegionSectionKey = (typeof REGION_SECTIONS)[number]["key"];

export const PLATFORM_LINKS = [
  { key: "national", href: "/national", within: "/national", permission: "national.read" },
  { key: "platform", href: "/admin/regions", within: "/admin", permission: "platform.manage" },
] as const satisfies readonly {
  key: string;
  href: string;
  within: string;
  permission: Permission;
}[];

export type PlatformLinkKey = (typeof PLATFORM_LINKS)[number]["key"];

export interface NavRegion {
  slug: string;
  name: string;
  sections: RegionSectionKey[];
}

export interface NavModel {
  /** The regions the user is a member of, in membership order: the first is where they act by default. */
  memberRegions: NavRegion[];
  /** What the user's global role gives in any other region (platform admin, national viewer). */
  otherRegionSections: RegionSectionKey[];
  platformLinks: PlatformLinkKey[];
}

type NavUser = Pick<CurrentUser, "globalRole" | "memberships">;

export function sectionsFor(role: Role | null): RegionSectionKey[] {
  return REGION_SECTIONS.filter((section) => can(role, section.permission)).map((section) => section.key);
}

export function sectionPath(key: RegionSectionKey): string {
  return REGION_SECTIONS.find((section) => section.key === key)!.path;
}

export function buildNavModel(user: NavUser): NavModel {
  return {
    memberRegions: user.memberships.map((m) => ({
      slug: m.regionSlug,
      name: m.regionName,
      sections: sectionsFor(roleInRegion(user, m.regionId)),
    })),
    otherRegionSections: sectionsFor(roleInRegion(user, null)),
    // Links outside any region follow the global role alone.
    platformLinks: PLATFORM_LINKS.filter((link) => can(user.globalRole, link.permission)).map((link) => link.key),
  };
}

/** The region a path acts in ("/r/cusco/admin/members" → cusco) and the section it is in. */
export function parseRegionPath(pathname: string): { slug: string; section: RegionSectionKey } | null {
  const match = /^\/r\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match) return null;
  const rest = match[2] ?? "";
  const section = REGION_SECTIONS.find((s) => s.path !== "" && (rest === s.path || rest.startsWith(`${s.path}/`)));
  return { slug: decodeURIComponent(match[1]!), section: section?.key ?? "overview" };
}

/**
 * The region the header shows links for: the one in the URL when the user may act there,
 * otherwise their first membership, otherwise none.
 */
export function actingRegion(model: NavModel, pathname: string, regionNames: Record<string, string>): NavRegion | null {
  const here = parseRegionPath(pathname);
  if (here) {
    const member = model.memberRegions.find((r) => r.slug === here.slug);
    if (member) return member;
    const name = regionNames[here.slug];
    if (name && model.otherRegionSections.length > 0) return { slug: here.slug, name, sections: model.otherRegionSections };
  }
  return model.memberRegions[0] ?? null;
}
