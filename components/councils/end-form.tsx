"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, useFormAction } from "@/components/admin/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/actions";
import { ConflictNotice } from "./form-parts";

/**
 * Ends a seat or a term on a date: one date field, the record's id and version. The action comes
 * bound to the region from the page. A lost race shows the conflict notice and a reload.
 */
export function EndForm({
  id,
  action,
  hidden,
  dateName,
  label,
  hint,
  submit,
  reloadPath,
}: {
  id: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  dateName: string;
  label: string;
  hint: string;
  submit: string;
  reloadPath: string;
}) {
  const t = useTranslations("council");
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(action);
  const conflict = state.status === "error" && state.code === "conflict";
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending || undefined}>
      <FormStatus state={state} id={id} />
      {conflict ? <ConflictNotice id={`${id}-conflict`} rows={[]} reloadPath={reloadPath} /> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field id={`${id}-date`} name={dateName} type="date" label={label} hint={hint} required aria-required="true" error={fieldError(state, dateName)} />
      <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : submit}
      </Button>
    </form>
  );
}
