"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { ActorPicker } from "@/components/actors/actor-picker";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { createSeatAction, updateSeatAction } from "@/lib/councils/actions";
import type { SeatFormValues } from "@/lib/councils/admin";
import { SeatRole } from "@/lib/generated/prisma/enums";
import { CheckboxField, ConflictNotice } from "./form-parts";

/**
 * Add a seat (an institution of the region, its role, its vote, from when) or edit one. The
 * institution of an existing seat is fixed: another institution takes a new seat. Labels stay
 * plain ("Institución", "Rol", "Con voto", "Desde"): other journeys fill this form by them.
 */
export function SeatForm({
  regionSlug,
  councilId,
  seat,
}: {
  regionSlug: string;
  councilId: string;
  seat: SeatFormValues | null;
}) {
  const t = useTranslations("council");
  const tEnums = useTranslations("enums");
  const action = seat ? updateSeatAction : createSeatAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  const err = (field: string) => fieldError(state, field);
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending || undefined}>
      <FormStatus state={state} id="seat-form" />
      {conflict && seat ? (
        <ConflictNotice
          id="seat-conflict"
          reloadPath={`/r/${regionSlug}/council/seats/${seat.id}`}
          rows={[
            { label: t("fields.role"), value: conflict.role ? tEnums(`seatRole.${conflict.role as SeatRole}`) : "—" },
            { label: t("fields.voting"), value: conflict.voting ? t("votingYes") : t("votingNo") },
            { label: t("fields.startsOn"), value: conflict.startsOn },
            { label: t("fields.endsOn"), value: conflict.endsOn },
          ]}
        />
      ) : null}
      {seat ? (
        <>
          <input type="hidden" name="seatId" value={seat.id} />
          <input type="hidden" name="version" value={seat.version} />
        </>
      ) : (
        <input type="hidden" name="councilId" value={councilId} />
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        {seat ? (
          <div className="flex flex-col gap-1">
            <span className="text-sm font-semibold text-slate-900">{t("fields.actorId")}</span>
            <span className="py-2 text-base text-slate-900">{seat.actorName}</span>
          </div>
        ) : (
          <ActorPicker
            id="seat-actor"
            name="actorId"
            label={t("fields.actorId")}
            hint={t("seatActorHint")}
            regionSlug={regionSlug}
            scope="region"
            initial={null}
            required
            error={err("actorId")}
          />
        )}
        <SelectField id="seat-role" name="role" label={t("fields.role")} defaultValue={seat?.role ?? "MEMBER"} required error={err("role")}>
          {Object.values(SeatRole).map((v) => (
            <option key={v} value={v}>
              {tEnums(`seatRole.${v}`)}
            </option>
          ))}
        </SelectField>
        <Field id="seat-starts" name="startsOn" type="date" label={t("fields.startsOn")} defaultValue={seat?.startsOn ?? ""} required aria-required="true" error={err("startsOn")} />
        <Field id="seat-ends" name="endsOn" type="date" label={t("fields.endsOn")} hint={t("seatEndsHint")} defaultValue={seat?.endsOn ?? ""} error={err("endsOn")} />
        <CheckboxField id="seat-voting" name="voting" label={t("fields.voting")} defaultChecked={seat?.voting ?? true} />
      </div>

      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : seat ? t("saveSeatSubmit") : t("createSeatSubmit")}
      </Button>
    </form>
  );
}
