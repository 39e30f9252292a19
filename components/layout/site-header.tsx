import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { listRegionNames } from "@/lib/platform/data";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";
import { buildNavModel, PLATFORM_LINKS } from "./nav-model";
import { RegionNav } from "./region-nav";
import { SignInLink } from "./sign-in-link";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const [t, tCommon, tNav, user] = await Promise.all([
    getTranslations("layout"),
    getTranslations("common"),
    getTranslations("nav"),
    getCurrentUser(),
  ]);
  // Read on every request, like the memberships it comes from: a role changed a moment ago
  // changes the links on the very next page.
  const nav = user ? buildNavModel(user) : null;
  // Names of regions a global role reaches without a membership, to label the region in the URL.
  const regionNames =
    nav && nav.otherRegionSections.length > 0 ? Object.fromEntries((await listRegionNames()).map((r) => [r.slug, r.name])) : {};

  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-4 py-3">
        {/* The link's name is what it shows plus where it goes: a name that left out the visible
            words would not match what voice-control users say (WCAG 2.5.3, label in name). */}
        <Link href="/" className="group flex flex-col leading-tight">
          <span className="text-2xl font-bold tracking-tight text-teal-900 group-hover:underline">
            {tCommon("productName")}
          </span>
          <span className="text-xs text-slate-700">
            {t("tagline")}
            <span className="sr-only">{t("homeLinkHint")}</span>
          </span>
        </Link>

        <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
          <Suspense fallback={<LanguageSwitch keepQuery={false} />}>
            <LanguageSwitch keepQuery />
          </Suspense>
          <div className="flex items-center gap-3 text-sm" role="group" aria-label={t("account")}>
            {user ? (
              <>
                <p className="max-w-64 truncate font-medium text-slate-800" title={user.name}>
                  {t.rich("signedInAs", {
                    name: user.name,
                    hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </p>
                <Link href="/account/password" className="text-teal-900 underline-offset-2 hover:underline">
                  {t("changePassword")}
                </Link>
                <SignOutButton />
              </>
            ) : (
              <SignInLink />
            )}
          </div>
        </div>
      </div>

      <div className="border-t border-slate-200">
        <nav aria-label={t("mainNav")} className="mx-auto max-w-6xl px-4">
          <ul className="flex flex-wrap items-center gap-x-6 gap-y-1 py-2 text-sm">
            <li>
              <NavLink href="/">{t("navHome")}</NavLink>
            </li>
            <li>
              <NavLink href={{ pathname: "/", hash: "regions" }}>{t("navRegions")}</NavLink>
            </li>
            {nav ? <RegionNav model={nav} regionNames={regionNames} /> : null}
            {PLATFORM_LINKS.filter((link) => nav?.platformLinks.includes(link.key)).map((link) => (
              <li key={link.key}>
                <NavLink href={link.href} within={link.within}>
                  {tNav(`platform.${link.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
