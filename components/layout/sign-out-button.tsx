"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";

export function SignOutButton() {
  const t = useTranslations("layout");
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function handleClick() {
    setPending(true);
    try {
      await signOut({ redirect: false });
    } finally {
      // Back to the public landing page; refresh so server components drop the session.
      router.replace("/");
      router.refresh();
      setPending(false);
    }
  }

  return (
    <Button variant="secondary" onClick={handleClick} disabled={pending} aria-busy={pending || undefined}>
      {pending ? t("signingOut") : t("signOut")}
    </Button>
  );
}
