"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/admin/form-status";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { ActorPicker } from "@/components/actors/actor-picker";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { ConflictPanel } from "@/components/ui/conflict-panel";
import { createActorAction, updateActorAction } from "@/lib/actors/actions";
import type { DuplicateCandidate, Option } from "@/lib/actors/data";
import type { ActorOption } from "@/lib/actors/options";
import type { FormState } from "@/lib/actions";
import { ActorType, FirmSize, Formality, Helix, IctAdoption } from "@/lib/generated/prisma/enums";

export interface ActorFormValues {
  id: string;
  version: number;
  name: string;
  acronym: string | null;
  helix: Helix;
  type: ActorType;
  provinceId: string | null;
  parentId: string | null;
  ruc: string | null;
  ror: string | null;
  website: string | null;
  description: string | null;
  firmSize: FirmSize | null;
  formality: Formality | null;
  ciiuCode: string | null;
  ictAdoption: IctAdoption | null;
}

const CONFLICT_FIELDS = ["name", "acronym", "helix", "type", "provinceName", "parentName", "ruc", "ror", "website", "description", "firmSize", "formality", "ciiuCode", "ictAdoption"] as const;

function duplicatesOf(state: FormState): DuplicateCandidate[] {
  if (state.status !== "error" || !state.current || !Array.isArray(state.current.duplicates)) return [];
  return state.current.duplicates as DuplicateCandidate[];
}

/**
 * Create or edit an actor. Firm attributes appear for helix BUSINESS only (the server clears them
 * otherwise). Likely duplicates are listed with links and need the confirmation box; a save that
 * lost to someone else's shows their values next to the form, with a reload link.
 */
export function ActorForm({
  regionSlug,
  actor,
  provinces,
  parent,
  notParents,
}: {
  regionSlug: string;
  actor: ActorFormValues | null;
  provinces: Option[];
  /** The actor's current parent institution, if any (named by actorOptionsByIds). */
  parent: ActorOption | null;
  /** Organisations the parent search does not offer: the actor itself and its units (listUnitIds). */
  notParents?: readonly string[];
}) {
  const t = useTranslations("actors");
  const tEnums = useTranslations("enums");
  const locale = useLocale();
  const action = actor ? updateActorAction : createActorAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  const [helix, setHelix] = useState<Helix>(actor?.helix ?? "BUSINESS");
  const duplicates = duplicatesOf(state);
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;
  const err = (field: string) => fieldError(state, field);
  const base = `/r/${regionSlug}/actors`;

  const show = (key: (typeof CONFLICT_FIELDS)[number], value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (key === "helix") return tEnums(`helix.${value as Helix}`);
    if (key === "type") return tEnums(`actorType.${value as ActorType}`);
    if (key === "firmSize") return tEnums(`firmSize.${value as FirmSize}`);
    if (key === "formality") return tEnums(`formality.${value as Formality}`);
    if (key === "ictAdoption") return tEnums(`ictAdoption.${value as IctAdoption}`);
    return String(value);
  };

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-6"
      aria-busy={pending || undefined}
      aria-labelledby="actor-form-heading"
    >
      <FormStatus state={state} id="actor-form" />

      {conflict ? (
        <ConflictPanel
          id="actor-conflict"
          heading={t("conflictHeading")}
          intro={t("conflictIntro")}
          rows={CONFLICT_FIELDS.map((key) => ({ label: t(`fields.${key}`), value: show(key, conflict[key]) }))}
          reloadHref={actor ? `/${locale}${base}/${actor.id}/edit` : null}
          reloadLabel={t("conflictReload")}
        />
      ) : null}

      {duplicates.length ? (
        <section aria-labelledby="actor-duplicates-heading" className="space-y-3 rounded-md border border-amber-700 bg-amber-50 p-4">
          <h3 id="actor-duplicates-heading" className="font-semibold text-slate-900">
            {t("duplicatesHeading")}
          </h3>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {duplicates.map((d) => (
              <li key={d.id}>
                <TextLink href={`${base}/${d.id}`}>{d.name}</TextLink>
                {" — "}
                {d.reason === "ruc" ? t("duplicateByRuc", { ruc: d.ruc ?? "" }) : t("duplicateByName")}
                {d.archived ? ` (${t("archivedBadge")})` : null}
              </li>
            ))}
          </ul>
          <div className="flex items-center gap-2">
            <input
              id="actor-confirm-duplicate"
              type="checkbox"
              name="confirmDuplicate"
              value="on"
              className="size-4"
              aria-invalid={err("confirmDuplicate") ? true : undefined}
              aria-describedby="actor-confirm-duplicate-hint"
            />
            <label htmlFor="actor-confirm-duplicate" className="text-sm font-semibold text-slate-900">
              {t("confirmDuplicateLabel")}
            </label>
          </div>
          <p id="actor-confirm-duplicate-hint" className="text-sm text-slate-700">
            {t("duplicatesConfirmHint")}
          </p>
        </section>
      ) : null}

      {actor ? (
        <>
          <input type="hidden" name="actorId" value={actor.id} />
          <input type="hidden" name="version" value={actor.version} />
        </>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="actor-name" name="name" label={t("nameLabel")} defaultValue={actor?.name ?? ""} required aria-required="true" maxLength={200} error={err("name")} />
        <Field id="actor-acronym" name="acronym" label={t("acronymLabel")} defaultValue={actor?.acronym ?? ""} maxLength={30} error={err("acronym")} />
        <SelectField
          id="actor-helix"
          name="helix"
          label={t("helixLabel")}
          hint={t("helixHint")}
          defaultValue={helix}
          required
          error={err("helix")}
          onChange={(e) => setHelix(e.target.value as Helix)}
        >
          {Object.values(Helix).map((v) => (
            <option key={v} value={v}>
              {tEnums(`helix.${v}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="actor-type" name="type" label={t("typeLabel")} defaultValue={actor?.type ?? "FIRM"} required error={err("type")}>
          {Object.values(ActorType).map((v) => (
            <option key={v} value={v}>
              {tEnums(`actorType.${v}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="actor-province" name="provinceId" label={t("provinceLabel")} defaultValue={actor?.provinceId ?? ""} error={err("provinceId")}>
          <option value="">{t("noneOption")}</option>
          {provinces.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <ActorPicker
          id="actor-parent"
          name="parentId"
          label={t("parentLabel")}
          hint={t("parentHint")}
          regionSlug={regionSlug}
          scope="region"
          initial={parent}
          exclude={notParents}
          error={err("parentId")}
        />
        <Field
          id="actor-ruc"
          name="ruc"
          label={t("rucLabel")}
          hint={t("rucHint")}
          defaultValue={actor?.ruc ?? ""}
          inputMode="numeric"
          autoComplete="off"
          maxLength={13}
          error={err("ruc")}
        />
        <Field id="actor-ror" name="ror" label={t("rorLabel")} hint={t("rorHint")} defaultValue={actor?.ror ?? ""} autoComplete="off" maxLength={40} error={err("ror")} />
        <Field id="actor-website" name="website" type="url" label={t("websiteLabel")} hint={t("websiteHint")} defaultValue={actor?.website ?? ""} maxLength={300} error={err("website")} />
      </div>

      <TextAreaField id="actor-description" name="description" label={t("descriptionLabel")} maxLength={4000} defaultValue={actor?.description ?? ""} error={err("description")} />

      {helix === "BUSINESS" ? (
        <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold text-slate-900">{t("firmHeading")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField id="actor-firm-size" name="firmSize" label={t("firmSizeLabel")} defaultValue={actor?.firmSize ?? ""} error={err("firmSize")}>
              <option value="">{t("noneOption")}</option>
              {Object.values(FirmSize).map((v) => (
                <option key={v} value={v}>
                  {tEnums(`firmSize.${v}`)}
                </option>
              ))}
            </SelectField>
            <SelectField id="actor-formality" name="formality" label={t("formalityLabel")} defaultValue={actor?.formality ?? ""} error={err("formality")}>
              <option value="">{t("noneOption")}</option>
              {Object.values(Formality).map((v) => (
                <option key={v} value={v}>
                  {tEnums(`formality.${v}`)}
                </option>
              ))}
            </SelectField>
            <Field
              id="actor-ciiu"
              name="ciiuCode"
              label={t("ciiuLabel")}
              hint={t("ciiuHint")}
              defaultValue={actor?.ciiuCode ?? ""}
              inputMode="numeric"
              maxLength={4}
              error={err("ciiuCode")}
            />
            <SelectField id="actor-ict" name="ictAdoption" label={t("ictLabel")} defaultValue={actor?.ictAdoption ?? ""} error={err("ictAdoption")}>
              <option value="">{t("noneOption")}</option>
              {Object.values(IctAdoption).map((v) => (
                <option key={v} value={v}>
                  {tEnums(`ictAdoption.${v}`)}
                </option>
              ))}
            </SelectField>
          </div>
        </fieldset>
      ) : null}

      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : actor ? t("saveSubmit") : t("createSubmit")}
      </Button>
    </form>
  );
}
