"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("shell");
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div role="alert" className="max-w-2xl space-y-4 py-8">
      <title>{t("errorTitle")}</title>
      <h1 className="text-3xl font-bold tracking-tight">{t("errorTitle")}</h1>
      <p className="text-slate-800">{t("errorBody")}</p>
      {digest ? <p className="text-sm text-slate-700">{t("errorReference", { digest })}</p> : null}
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => retry()}>{t("retry")}</Button>
        <LinkButton href="/" variant="secondary">
          {t("backHome")}
        </LinkButton>
      </div>
    </div>
  );
}
