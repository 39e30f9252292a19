import { redirect } from "@/lib/i18n/navigation";
import { resolveLocale } from "@/lib/i18n/locale";

type Props = { params: Promise<{ locale: string }> };

// The account has one page for now; /account is its address too.
export default async function AccountPage({ params }: Props) {
  const locale = await resolveLocale(params);
  redirect({ href: "/account/password", locale });
}
