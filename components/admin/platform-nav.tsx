import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/layout/nav-link";

/** The sections of platform administration, under its pages' heading. */
export async function PlatformNav() {
  const [t, tokens] = await Promise.all([getTranslations("platform"), getTranslations("apiTokens")]);
  const links = [
    { href: "/admin/regions", label: t("navRegions") },
    { href: "/admin/audit", label: t("navAudit") },
    { href: "/admin/mail", label: t("navMail") },
    { href: "/admin/api-tokens", label: tokens("navLabel") },
  ];
  return (
    <nav aria-label={t("navLabel")}>
      <ul className="flex flex-wrap gap-x-6 gap-y-1 border-b border-slate-300 pb-2 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <NavLink href={link.href}>{link.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
