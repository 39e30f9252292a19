"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { ActorPicker } from "@/components/actors/actor-picker";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { ConflictPanel } from "@/components/ui/conflict-panel";
import { createEvidenceAction, updateEvidenceAction } from "@/lib/cooperation/actions";
import type { ActorOption } from "@/lib/actors/options";
import { EvidenceKind } from "@/lib/generated/prisma/enums";

export interface EvidenceFormValues {
  id: string;
  version: number;
  kind: EvidenceKind;
  title: string;
  /** YYYY-MM-DD */
  occurredOn: string;
  validUntil: string | null;
  documentUrl: string | null;
  description: string | null;
  actorIds: string[];
}

const CONFLICT_FIELDS = ["kind", "title", "occurredOn", "validUntil", "documentUrl", "description", "parties"] as const;

/**
 * Record or edit a convenio or joint event. Parties are one select each (two to start; more can
 * be added); the validity date is asked for convenios only. A save that lost to someone else's
 * shows their values and a reload link, and nothing is overwritten.
 */
export function EvidenceForm({
  regionSlug,
  evidence,
  knownActors,
}: {
  regionSlug: string;
  evidence: EvidenceFormValues | null;
  /** The parties already on the record (archived or another region's ones too): their names. */
  knownActors: ActorOption[];
}) {
  const t = useTranslations("cooperation");
  const tKind = useTranslations("enums.evidenceKind");
  const locale = useLocale();
  const action = evidence ? updateEvidenceAction : createEvidenceAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  const [kind, setKind] = useState<EvidenceKind>(evidence?.kind ?? "CONVENIO");
  // Each row gets a stable key so removing one keeps the others' choices.
  const [rows, setRows] = useState(() => {
    const initial = evidence?.actorIds.length ? evidence.actorIds : ["", ""];
    return initial.map((actorId, i) => ({ key: i, actorId }));
  });
  const [nextKey, setNextKey] = useState(rows.length);
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;
  const err = (field: string) => fieldError(state, field);
  const partiesError = err("actorIds");
  const known = new Map(knownActors.map((a) => [a.id, a]));

  const show = (key: (typeof CONFLICT_FIELDS)[number], value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (key === "kind") return tKind(value as EvidenceKind);
    return String(value);
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending || undefined}>
      <FormStatus state={state} id="evidence-form" />

      {conflict ? (
        <ConflictPanel
          id="evidence-conflict"
          heading={t("conflictHeading")}
          intro={t("conflictIntro")}
          rows={CONFLICT_FIELDS.map((key) => ({ label: t(`fields.${key}`), value: show(key, conflict[key]) }))}
          reloadHref={evidence ? `/${locale}/r/${regionSlug}/cooperation/${evidence.id}/edit` : null}
          reloadLabel={t("conflictReload")}
        />
      ) : null}

      {evidence ? (
        <>
          <input type="hidden" name="evidenceId" value={evidence.id} />
          <input type="hidden" name="version" value={evidence.version} />
        </>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="evidence-kind"
          name="kind"
          label={t("kindLabel")}
          defaultValue={kind}
          required
          error={err("kind")}
          onChange={(e) => setKind(e.target.value as EvidenceKind)}
        >
          {Object.values(EvidenceKind).map((v) => (
            <option key={v} value={v}>
              {tKind(v)}
            </option>
          ))}
        </SelectField>
        <Field id="evidence-title" name="title" label={t("titleLabel")} defaultValue={evidence?.title ?? ""} required aria-required="true" maxLength={300} error={err("title")} />
        <Field
          id="evidence-occurred-on"
          name="occurredOn"
          type="date"
          label={kind === "CONVENIO" ? t("signedOnLabel") : t("heldOnLabel")}
          hint={t("occurredOnHint")}
          defaultValue={evidence?.occurredOn ?? ""}
          required
          aria-required="true"
          error={err("occurredOn")}
        />
        {kind === "CONVENIO" ? (
          <Field
            id="evidence-valid-until"
            name="validUntil"
            type="date"
            label={t("validUntilLabel")}
            hint={t("validUntilHint")}
            defaultValue={evidence?.validUntil ?? ""}
            error={err("validUntil")}
          />
        ) : null}
        <Field
          id="evidence-document-url"
          name="documentUrl"
          type="url"
          label={t("documentUrlLabel")}
          hint={t("documentUrlHint")}
          defaultValue={evidence?.documentUrl ?? ""}
          maxLength={500}
          error={err("documentUrl")}
        />
      </div>

      <TextAreaField id="evidence-description" name="description" label={t("descriptionLabel")} maxLength={4000} defaultValue={evidence?.description ?? ""} error={err("description")} />

      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4" aria-describedby={`evidence-parties-hint${partiesError ? " evidence-parties-error" : ""}`}>
        <legend className="px-1 font-semibold text-slate-900">{t("partiesLabel")}</legend>
        <p id="evidence-parties-hint" className="text-sm text-slate-600">
          {t("partiesHint")}
        </p>
        {partiesError ? (
          <p id="evidence-parties-error" className="text-sm font-medium text-red-800">
            {partiesError}
          </p>
        ) : null}
        {rows.map((row, index) => (
          <div key={row.key} className="flex flex-wrap items-end gap-3">
            <div className="min-w-64 flex-1">
              <ActorPicker
                id={`evidence-party-${row.key}`}
                name="actorIds"
                label={t("partyLabel", { n: index + 1 })}
                regionSlug={regionSlug}
                scope="region"
                initial={known.get(row.actorId) ?? null}
                invalid={!!partiesError && index === 0}
              />
            </div>
            {rows.length > 2 ? (
              <Button variant="secondary" onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}>
                {t("removeParty", { n: index + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        <Button
          variant="secondary"
          onClick={() => {
            setRows((rs) => [...rs, { key: nextKey, actorId: "" }]);
            setNextKey((k) => k + 1);
          }}
        >
          {t("addParty")}
        </Button>
      </fieldset>

      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : evidence ? t("saveSubmit") : t("createSubmit")}
      </Button>
    </form>
  );
}
