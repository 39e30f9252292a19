import "server-only";
import { actorListWhere } from "@/lib/actors/data";
import { parseActorListQuery } from "@/lib/actors/schema";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dataset, enumLabel } from "../dataset";

// The actor registry as a spreadsheet, with the list page's filters (the same URL parameters).
// Its columns are the import template's, so an export can be edited and imported elsewhere.

const select = {
  name: true,
  acronym: true,
  helix: true,
  type: true,
  ruc: true,
  ror: true,
  website: true,
  description: true,
  firmSize: true,
  formality: true,
  ciiuCode: true,
  ictAdoption: true,
  province: { select: { name: true } },
} satisfies Prisma.ActorSelect;

type Row = Prisma.ActorGetPayload<{ select: typeof select }>;

export const actorsExport = dataset<Row>({
  title: "exports.datasets.actors",
  async load(ctx, params) {
    const query = parseActorListQuery(Object.fromEntries(params));
    return db.actor.findMany({ where: await actorListWhere(ctx, query), orderBy: [{ name: "asc" }, { id: "asc" }], select });
  },
  columns: [
    { label: "actors.fields.name", value: (r) => r.name },
    { label: "actors.fields.acronym", value: (r) => r.acronym },
    { label: "actors.fields.helix", value: (r, t) => enumLabel("helix", r.helix, t) },
    { label: "actors.fields.type", value: (r, t) => enumLabel("actorType", r.type, t) },
    { label: "actors.fields.provinceName", value: (r) => r.province?.name ?? null },
    { label: "actors.fields.ruc", value: (r) => r.ruc },
    { label: "actors.fields.ror", value: (r) => r.ror },
    { label: "actors.fields.website", value: (r) => r.website },
    { label: "actors.fields.description", value: (r) => r.description },
    { label: "actors.fields.firmSize", value: (r, t) => enumLabel("firmSize", r.firmSize, t) },
    { label: "actors.fields.formality", value: (r, t) => enumLabel("formality", r.formality, t) },
    { label: "actors.fields.ciiuCode", value: (r) => r.ciiuCode },
    { label: "actors.fields.ictAdoption", value: (r, t) => enumLabel("ictAdoption", r.ictAdoption, t) },
  ],
});
