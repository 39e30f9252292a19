"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { revokeApiTokenAction } from "@/lib/api/actions";
import { FormStatus } from "./form-status";
import { useFormAction } from "./use-form-action";

/** Revokes one API token: it stops working at once, and stays in the list as revoked. */
export function ApiTokenRevoke({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("apiTokens");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(revokeApiTokenAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      <FormStatus state={state} id={`revoke-${tokenId}`} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t("revokeLabel", { name })}>
        {pending ? t("revoking") : t("revoke")}
      </Button>
    </form>
  );
}
