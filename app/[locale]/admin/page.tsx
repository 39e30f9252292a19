import { setRequestLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { resolveLocale } from "@/lib/i18n/locale";
import { gateUser, pageGate } from "@/lib/tenancy";

type Props = { params: Promise<{ locale: string }> };

/** Platform administration starts at its regions; the gate runs first, so strangers get a 404. */
export default async function PlatformAdminPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await pageGate(locale, () => gateUser("platform.manage"));
  redirect({ href: "/admin/regions", locale });
}
