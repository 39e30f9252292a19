"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { textLinkClasses } from "@/components/ui/text-link";
import { NavLink } from "./nav-link";
import { actingRegion, parseRegionPath, sectionPath, type NavModel } from "./nav-model";

/**
 * The links of the region the user acts in, and, for a person with roles in several regions, a
 * picker to act in another one. Which region is "acting" follows the URL, so the picker is plain
 * links: the region in the address is the region of every action on the page.
 */
export function RegionNav({ model, regionNames }: { model: NavModel; regionNames: Record<string, string> }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const region = actingRegion(model, pathname, regionNames);
  if (!region) return null;
  const here = parseRegionPath(pathname);
  const others = model.memberRegions.filter((r) => r.slug !== region.slug);

  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <span id="nav-region-name" className="font-semibold text-slate-900">
        <span className="sr-only">{t("regionPrefix")} </span>
        {region.name}
      </span>
      <ul aria-labelledby="nav-region-name" className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {region.sections.map((key) => {
          const href = `/r/${region.slug}${sectionPath(key)}`;
          return (
            <li key={key}>
              <NavLink href={href} within={key === "overview" ? undefined : href}>
                {t(`sections.${key}`)}
              </NavLink>
            </li>
          );
        })}
      </ul>
      {others.length > 0 ? (
        // Keyed by the path: the picker closes once the person has moved to another page.
        <details key={pathname} className="relative">
          <summary className="cursor-pointer rounded-sm py-1 font-medium text-slate-800 underline underline-offset-4">
            {t("switchRegion")}
          </summary>
          <ul aria-label={t("switchRegionList")} className="absolute z-10 mt-1 min-w-48 space-y-1 rounded-md border border-slate-300 bg-white p-3 shadow-md">
            {others.map((other) => {
              // Stay in the same section when the other region allows it.
              const section = here && other.sections.includes(here.section) ? here.section : "overview";
              return (
                <li key={other.slug}>
                  <Link href={`/r/${other.slug}${sectionPath(section)}`} className={textLinkClasses}>
                    {other.name}
                  </Link>
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </li>
  );
}
