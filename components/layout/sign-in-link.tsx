"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { buttonClasses } from "@/components/ui/button";

/** "Sign in", bringing the user back to the page they were on (the landing page needs no return). */
export function SignInLink() {
  const t = useTranslations("layout");
  const locale = useLocale();
  const pathname = usePathname();
  const returnTo = pathname === "/" || pathname === "/login" ? undefined : `/${locale}${pathname}`;
  return (
    <Link
      href={{ pathname: "/login", query: returnTo ? { callbackUrl: returnTo } : undefined }}
      className={buttonClasses("primary")}
    >
      {t("signIn")}
    </Link>
  );
}
