"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { revokeApiTokenAction } from "@/lib/api/actions";
import { FormStatus } from "./form-status";
import { useFormAction } from "./use-form-action";

/**
 * Revokes one API token: it stops working at once, for good, and stays in the list as revoked.
 * Two steps, because nothing brings a token back: "Revocar" opens the question (a native
 * disclosure, so it works without JavaScript and from the keyboard), and only its answer posts.
 */
export function ApiTokenRevoke({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("apiTokens");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(revokeApiTokenAction);
  return (
    <details className="space-y-2">
      <summary className="cursor-pointer font-medium text-teal-800 underline underline-offset-4" aria-label={t("revokeLabel", { name })}>
        {t("revoke")}
      </summary>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} className="mt-2 space-y-2">
        <input type="hidden" name="tokenId" value={tokenId} />
        <input type="hidden" name="confirm" value="on" />
        <FormStatus state={state} id={`revoke-${tokenId}`} />
        <p className="text-sm text-slate-800">{t("revokeQuestion", { name })}</p>
        <Button type="submit" variant="secondary" disabled={pending} aria-label={t("revokeConfirmLabel", { name })}>
          {pending ? t("revoking") : t("revokeConfirm")}
        </Button>
      </form>
    </details>
  );
}
