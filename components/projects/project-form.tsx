"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { FormStatus } from "@/components/admin/form-status";
import { fieldError, inRegion, useFormAction } from "@/components/admin/use-form-action";
import { ActorPicker } from "@/components/actors/actor-picker";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { ConflictPanel } from "@/components/ui/conflict-panel";
import { Currency, FundingSource, OutputKind, ParticipantRole, ProjectStatus, ProjectType, TeamRole } from "@/lib/generated/prisma/enums";
import type { ActorOption } from "@/lib/actors/options";
import type { Option, PersonOption } from "@/lib/projects/data";
import { createProjectAction, updateProjectAction } from "@/lib/projects/actions";
import type { ProjectFormValues } from "./form-values";

// One form is the whole project: its fields, priority areas and provinces, and the repeated rows
// (participants, team, funding lines, outputs). A research office registers a project in one
// go; the server checks everything and writes it in one transaction, or nothing. Rows are named
// "participants.3.role" and keep their number when another row is removed, so an error comes
// back to the input that caused it. A blank row is ignored.

const CONFLICT_FIELDS = ["title", "type", "status", "startsOn", "endsOn", "participants", "teamSize", "funding", "outputs", "updatedAt"] as const;

/** Row numbers of a repeated section: removing one keeps the others' numbers. */
function useRows(initial: number) {
  const [keys, setKeys] = useState(() => Array.from({ length: Math.max(1, initial) }, (_, i) => i));
  return {
    keys,
    add: () => setKeys((k) => [...k, (k.length ? Math.max(...k) : -1) + 1]),
    remove: (key: number) => setKeys((k) => k.filter((x) => x !== key)),
  };
}

function Section({ id, title, hint, error, children }: { id: string; title: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-md border border-slate-300 p-4" aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend className="px-1 text-lg font-semibold text-slate-900">{title}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

function Row({ legend, onRemove, removeLabel, children }: { legend: string; onRemove: () => void; removeLabel: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{legend}</legend>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
      <Button variant="ghost" onClick={onRemove}>
        {removeLabel}
      </Button>
    </fieldset>
  );
}

function MemberFields({ index, people, initial, err }: { index: number; people: PersonOption[]; initial?: { personId: string; role: string }; err: (f: string) => string | undefined }) {
  const t = useTranslations("projects");
  const tEnums = useTranslations("enums");
  const [personId, setPersonId] = useState(initial?.personId ?? "");
  const name = (f: string) => `members.${index}.${f}`;
  const id = (f: string) => `project-members-${index}-${f}`;
  return (
    <>
      <SelectField id={id("person")} name={name("personId")} label={t("personLabel")} defaultValue={personId} onChange={(e) => setPersonId(e.target.value)} error={err(name("personId"))}>
        <option value="">{t("newPersonOption")}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.orcid ? `${p.name} — ${p.orcid}` : p.name}
          </option>
        ))}
      </SelectField>
      <SelectField id={id("role")} name={name("role")} label={t("teamRoleLabel")} defaultValue={initial?.role ?? "PRINCIPAL_INVESTIGATOR"} error={err(name("role"))}>
        {Object.values(TeamRole).map((v) => (
          <option key={v} value={v}>
            {tEnums(`teamRole.${v}`)}
          </option>
        ))}
      </SelectField>
      {personId ? null : (
        <>
          <Field id={id("given")} name={name("givenNames")} label={t("givenNamesLabel")} maxLength={120} autoComplete="off" error={err(name("givenNames"))} />
          <Field id={id("family")} name={name("familyNames")} label={t("familyNamesLabel")} maxLength={120} autoComplete="off" error={err(name("familyNames"))} />
          <Field id={id("orcid")} name={name("orcid")} label={t("orcidLabel")} hint={t("orcidHint")} maxLength={40} autoComplete="off" error={err(name("orcid"))} />
        </>
      )}
    </>
  );
}

export function ProjectForm({
  regionSlug,
  project,
  areas,
  provinces,
  knownActors,
  people,
  ownActorId,
}: {
  regionSlug: string;
  project: ProjectFormValues | null;
  areas: Option[];
  provinces: Option[];
  /** The organisations already on the form (the project's, the editor's own): their names. */
  knownActors: ActorOption[];
  people: PersonOption[];
  /** An institution editor's institution: the first participant of a new project. */
  ownActorId: string | null;
}) {
  const t = useTranslations("projects");
  const tEnums = useTranslations("enums");
  const locale = useLocale();
  const action = project ? updateProjectAction : createProjectAction;
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(inRegion(action, regionSlug));
  const err = (field: string) => fieldError(state, field);
  const known = new Map(knownActors.map((a) => [a.id, a]));
  const conflict = state.status === "error" && state.code === "conflict" ? state.current : undefined;

  const initialParticipants = project?.participants ?? [{ actorId: ownActorId ?? "", role: "COORDINATOR" }, { actorId: "", role: "PARTNER" }];
  const participants = useRows(initialParticipants.length);
  const members = useRows(project?.members.length ?? 1);
  const funding = useRows(project?.funding.length ?? 1);
  const outputs = useRows(project?.outputs.length ?? 1);

  const show = (key: (typeof CONFLICT_FIELDS)[number], value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (key === "type") return tEnums(`projectType.${value as ProjectType}`);
    if (key === "status") return tEnums(`projectStatus.${value as ProjectStatus}`);
    return String(value);
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={pending || undefined} aria-labelledby="project-form-heading">
      <FormStatus state={state} id="project-form" />

      {conflict ? (
        <ConflictPanel
          id="project-conflict"
          heading={t("conflictHeading")}
          intro={t("conflictIntro")}
          rows={CONFLICT_FIELDS.map((key) => ({ label: t(`conflictFields.${key}`), value: show(key, conflict[key]) }))}
          reloadHref={project ? `/${locale}/r/${regionSlug}/projects/${project.id}/edit` : null}
          reloadLabel={t("conflictReload")}
        />
      ) : null}

      {project ? (
        <>
          <input type="hidden" name="projectId" value={project.id} />
          <input type="hidden" name="version" value={project.version} />
        </>
      ) : null}

      <Section id="project-core" title={t("coreHeading")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="project-title" name="title" label={t("titleLabel")} defaultValue={project?.title ?? ""} required aria-required="true" maxLength={300} error={err("title")} />
          <Field id="project-code" name="code" label={t("codeLabel")} hint={t("codeHint")} defaultValue={project?.code ?? ""} maxLength={40} error={err("code")} />
          <SelectField id="project-type" name="type" label={t("typeLabel")} defaultValue={project?.type ?? "APPLIED_RESEARCH"} error={err("type")}>
            {Object.values(ProjectType).map((v) => (
              <option key={v} value={v}>
                {tEnums(`projectType.${v}`)}
              </option>
            ))}
          </SelectField>
          <SelectField id="project-status" name="status" label={t("statusLabel")} defaultValue={project?.status ?? "PROPOSED"} error={err("status")}>
            {Object.values(ProjectStatus).map((v) => (
              <option key={v} value={v}>
                {tEnums(`projectStatus.${v}`)}
              </option>
            ))}
          </SelectField>
          <Field id="project-starts" name="startsOn" type="date" label={t("startsOnLabel")} defaultValue={project?.startsOn ?? ""} error={err("startsOn")} />
          <Field id="project-ends" name="endsOn" type="date" label={t("endsOnLabel")} defaultValue={project?.endsOn ?? ""} error={err("endsOn")} />
          <SelectField id="project-trl" name="trl" label={t("trlLabel")} hint={t("trlHint")} defaultValue={project?.trl ?? ""} error={err("trl")}>
            <option value="">{t("noneOption")}</option>
            {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </SelectField>
          <Field id="project-ford" name="fordCode" label={t("fordLabel")} hint={t("fordHint")} defaultValue={project?.fordCode ?? ""} maxLength={10} error={err("fordCode")} />
          <Field id="project-ciiu" name="ciiuCode" label={t("ciiuLabel")} hint={t("ciiuHint")} defaultValue={project?.ciiuCode ?? ""} inputMode="numeric" maxLength={4} error={err("ciiuCode")} />
        </div>
        <TextAreaField id="project-summary" name="summary" label={t("summaryLabel")} maxLength={8000} defaultValue={project?.summary ?? ""} error={err("summary")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <fieldset className="space-y-1" aria-describedby={err("priorityAreaIds") ? "project-areas-error" : undefined}>
            <legend className="text-sm font-semibold text-slate-900">{t("areasLabel")}</legend>
            {areas.map((a) => (
              <label key={a.id} className="flex items-center gap-2 text-sm text-slate-900">
                <input type="checkbox" name="priorityAreaIds" value={a.id} defaultChecked={project?.priorityAreaIds.includes(a.id)} className="size-4" />
                {a.name}
              </label>
            ))}
            {err("priorityAreaIds") ? (
              <p id="project-areas-error" className="text-sm font-medium text-red-800">
                {err("priorityAreaIds")}
              </p>
            ) : null}
          </fieldset>
          <fieldset className="space-y-1" aria-describedby={err("provinceIds") ? "project-provinces-error" : undefined}>
            <legend className="text-sm font-semibold text-slate-900">{t("provincesLabel")}</legend>
            <div className="grid grid-cols-2 gap-1">
              {provinces.map((p) => (
                <label key={p.id} className="flex items-center gap-2 text-sm text-slate-900">
                  <input type="checkbox" name="provinceIds" value={p.id} defaultChecked={project?.provinceIds.includes(p.id)} className="size-4" />
                  {p.name}
                </label>
              ))}
            </div>
            {err("provinceIds") ? (
              <p id="project-provinces-error" className="text-sm font-medium text-red-800">
                {err("provinceIds")}
              </p>
            ) : null}
          </fieldset>
        </div>
      </Section>

      <Section id="project-participants" title={t("participantsHeading")} hint={t("participantsHint")} error={err("participants")}>
        {participants.keys.map((key, n) => {
          const initial = initialParticipants[key];
          const name = (f: string) => `participants.${key}.${f}`;
          return (
            <Row key={key} legend={t("participantRow", { n: n + 1 })} removeLabel={t("removeParticipant", { n: n + 1 })} onRemove={() => participants.remove(key)}>
              <ActorPicker
                id={`project-participants-${key}-actor`}
                name={name("actorId")}
                label={t("organisationLabel")}
                regionSlug={regionSlug}
                scope="all"
                initial={known.get(initial?.actorId ?? "") ?? null}
                error={err(name("actorId"))}
              />
              <SelectField id={`project-participants-${key}-role`} name={name("role")} label={t("participantRoleLabel")} defaultValue={initial?.role ?? "PARTNER"} error={err(name("role"))}>
                {Object.values(ParticipantRole).map((v) => (
                  <option key={v} value={v}>
                    {tEnums(`participantRole.${v}`)}
                  </option>
                ))}
              </SelectField>
            </Row>
          );
        })}
        <Button variant="secondary" onClick={participants.add}>
          {t("addParticipant")}
        </Button>
      </Section>

      <Section id="project-members" title={t("teamHeading")} hint={t("teamHint")} error={err("members")}>
        {members.keys.map((key, n) => (
          <Row key={key} legend={t("memberRow", { n: n + 1 })} removeLabel={t("removeMember", { n: n + 1 })} onRemove={() => members.remove(key)}>
            <MemberFields index={key} people={people} initial={project?.members[key]} err={err} />
          </Row>
        ))}
        <Button variant="secondary" onClick={members.add}>
          {t("addMember")}
        </Button>
      </Section>

      <Section id="project-funding" title={t("fundingHeading")} hint={t("fundingHint")} error={err("funding")}>
        {funding.keys.map((key, n) => {
          const initial = project?.funding[key];
          const name = (f: string) => `funding.${key}.${f}`;
          const id = (f: string) => `project-funding-${key}-${f}`;
          return (
            <Row key={key} legend={t("fundingRow", { n: n + 1 })} removeLabel={t("removeFunding", { n: n + 1 })} onRemove={() => funding.remove(key)}>
              <SelectField id={id("source")} name={name("source")} label={t("sourceLabel")} defaultValue={initial?.source ?? "CANON_ROYALTIES"} error={err(name("source"))}>
                {Object.values(FundingSource).map((v) => (
                  <option key={v} value={v}>
                    {tEnums(`fundingSource.${v}`)}
                  </option>
                ))}
              </SelectField>
              <Field id={id("programme")} name={name("programme")} label={t("programmeLabel")} defaultValue={initial?.programme ?? ""} maxLength={200} error={err(name("programme"))} />
              <ActorPicker
                id={id("funder")}
                name={name("funderActorId")}
                label={t("funderLabel")}
                regionSlug={regionSlug}
                scope="all"
                initial={known.get(initial?.funderActorId ?? "") ?? null}
                error={err(name("funderActorId"))}
              />
              <SelectField id={id("currency")} name={name("currency")} label={t("currencyLabel")} defaultValue={initial?.currency ?? "PEN"} error={err(name("currency"))}>
                {Object.values(Currency).map((v) => (
                  <option key={v} value={v}>
                    {tEnums(`currency.${v}`)}
                  </option>
                ))}
              </SelectField>
              <Field id={id("awarded")} name={name("awardedAmount")} label={t("awardedAmountLabel")} hint={t("amountHint")} inputMode="decimal" defaultValue={initial?.awardedAmount ?? ""} error={err(name("awardedAmount"))} />
              <Field id={id("awarded-on")} name={name("awardedOn")} type="date" label={t("awardedOnLabel")} defaultValue={initial?.awardedOn ?? ""} error={err(name("awardedOn"))} />
              <Field id={id("executed")} name={name("executedAmount")} label={t("executedAmountLabel")} hint={t("amountHint")} inputMode="decimal" defaultValue={initial?.executedAmount ?? ""} error={err(name("executedAmount"))} />
              <Field id={id("executed-on")} name={name("executedOn")} type="date" label={t("executedOnLabel")} defaultValue={initial?.executedOn ?? ""} error={err(name("executedOn"))} />
            </Row>
          );
        })}
        <Button variant="secondary" onClick={funding.add}>
          {t("addFunding")}
        </Button>
      </Section>

      <Section id="project-outputs" title={t("outputsHeading")} hint={t("outputsHint")} error={err("outputs")}>
        {outputs.keys.map((key, n) => {
          const initial = project?.outputs[key];
          const name = (f: string) => `outputs.${key}.${f}`;
          const id = (f: string) => `project-outputs-${key}-${f}`;
          return (
            <Row key={key} legend={t("outputRow", { n: n + 1 })} removeLabel={t("removeOutput", { n: n + 1 })} onRemove={() => outputs.remove(key)}>
              <SelectField id={id("kind")} name={name("kind")} label={t("outputKindLabel")} defaultValue={initial?.kind ?? "PUBLICATION"} error={err(name("kind"))}>
                {Object.values(OutputKind).map((v) => (
                  <option key={v} value={v}>
                    {tEnums(`outputKind.${v}`)}
                  </option>
                ))}
              </SelectField>
              <Field id={id("title")} name={name("title")} label={t("outputTitleLabel")} defaultValue={initial?.title ?? ""} maxLength={300} error={err(name("title"))} />
              <Field id={id("date")} name={name("producedOn")} type="date" label={t("producedOnLabel")} defaultValue={initial?.producedOn ?? ""} error={err(name("producedOn"))} />
              <Field id={id("doi")} name={name("doi")} label={t("doiLabel")} hint={t("doiHint")} defaultValue={initial?.doi ?? ""} maxLength={220} autoComplete="off" error={err(name("doi"))} />
              <Field id={id("url")} name={name("url")} type="url" label={t("urlLabel")} defaultValue={initial?.url ?? ""} maxLength={500} error={err(name("url"))} />
            </Row>
          );
        })}
        <Button variant="secondary" onClick={outputs.add}>
          {t("addOutput")}
        </Button>
      </Section>

      <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
        {pending ? t("saving") : project ? t("saveSubmit") : t("createSubmit")}
      </Button>
    </form>
  );
}
