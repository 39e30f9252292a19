"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";

// The audit trail's two tables, drawn from plain rows (decision 0010). Each entry lists its
// changed fields as it was and as it became; drawn by a server component, every field was a tree
// of elements written twice (HTML and RSC payload): a page of 25 entries weighed 358 kB, 229 kB of
// it payload. The server (audit-trail-view.tsx) formats the moments, labels and values; these
// components only lay them out, with the same markup as before.

/** Who did it, when a person is recorded. */
export interface TrailActor {
  name: string;
  email: string;
}

export interface TrailRowBase {
  id: string;
  /** The moment as an ISO string (for <time>) and as people read it (Lima time). */
  atIso: string;
  atText: string;
  /** Region name; null: a platform-level entry. Only shown in the platform's view. */
  regionName: string | null;
  user: TrailActor | null;
  ip: string | null;
}

/** A changed field: `before` and `after` are present when the entry has that side at all. */
export interface ChangedField {
  name: string;
  before?: string;
  after?: string;
}

export interface ChangeRow extends TrailRowBase {
  action: string;
  entity: string;
  entityId: string | null;
  fields: ChangedField[];
}

export interface SecurityRow extends TrailRowBase {
  kind: string;
  detail: { name: string; value: string }[] | null;
}

/** The columns every trail table starts with (when, region in the platform's view, who), then its own. */
function TrailTable<R extends TrailRowBase>({
  caption,
  rows,
  showRegion,
  nobody,
  columns,
}: {
  caption: string;
  rows: R[];
  showRegion: boolean;
  /** Who it was when no person is recorded. */
  nobody: string;
  columns: { header: string; cell: (row: R) => ReactNode }[];
}) {
  const t = useTranslations("auditTrail");
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th scope="col">{t("colWhen")}</Th>
          {showRegion ? <Th scope="col">{t("colRegion")}</Th> : null}
          <Th scope="col">{t("colWho")}</Th>
          {columns.map((column) => (
            <Th key={column.header} scope="col">
              {column.header}
            </Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Th scope="row">
              <time dateTime={row.atIso} className="whitespace-nowrap">
                {row.atText}
              </time>
            </Th>
            {showRegion ? <Td>{row.regionName ?? <span className="text-slate-600">{t("noRegion")}</span>}</Td> : null}
            <Td>
              {row.user ? (
                <>
                  <span className="block font-medium">{row.user.name}</span>
                  <span className="block break-all text-xs text-slate-600">{row.user.email}</span>
                </>
              ) : (
                <span className="text-slate-600">{nobody}</span>
              )}
              {row.ip ? <span className="block text-xs text-slate-600">{t("ip", { ip: row.ip })}</span> : null}
            </Td>
            {columns.map((column) => (
              <Td key={column.header}>{column.cell(row)}</Td>
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

export function ChangesTable({ rows, showRegion }: { rows: ChangeRow[]; showRegion: boolean }) {
  const t = useTranslations("auditTrail");
  return (
    <TrailTable
      caption={t("changesCaption")}
      rows={rows}
      showRegion={showRegion}
      nobody={t("system")}
      columns={[
        { header: t("colAction"), cell: (row) => row.action },
        {
          header: t("colEntity"),
          cell: (row) => (
            <>
              <span className="block">{row.entity}</span>
              {row.entityId ? <span className="block font-mono text-xs break-all text-slate-600">{row.entityId}</span> : null}
            </>
          ),
        },
        {
          header: t("colChanges"),
          cell: (row) =>
            row.fields.length === 0 ? (
              <span className="text-slate-600">{t("noFields")}</span>
            ) : (
              <dl className="space-y-1">
                {row.fields.map((field) => (
                  <div key={field.name} className="flex flex-wrap gap-x-2">
                    <dt className="font-mono text-xs font-semibold text-slate-900">{field.name}</dt>
                    <dd className="text-slate-800">
                      {field.before !== undefined ? (
                        <>
                          <span className="sr-only">{t("beforeLabel")} </span>
                          <span className="break-all">{field.before}</span>
                          <span aria-hidden="true"> → </span>
                        </>
                      ) : null}
                      {field.after !== undefined ? (
                        <>
                          <span className="sr-only">{t("afterLabel")} </span>
                          <span className="break-all font-medium">{field.after}</span>
                        </>
                      ) : null}
                    </dd>
                  </div>
                ))}
              </dl>
            ),
        },
      ]}
    />
  );
}

export function SecurityTable({ rows, showRegion }: { rows: SecurityRow[]; showRegion: boolean }) {
  const t = useTranslations("auditTrail");
  return (
    <TrailTable
      caption={t("securityCaption")}
      rows={rows}
      showRegion={showRegion}
      nobody={t("anonymous")}
      columns={[
        { header: t("colKind"), cell: (row) => row.kind },
        {
          header: t("colDetail"),
          cell: (row) =>
            row.detail ? (
              <dl className="space-y-1">
                {row.detail.map(({ name, value }) => (
                  <div key={name} className="flex flex-wrap gap-x-2">
                    <dt className="font-mono text-xs font-semibold text-slate-900">{name}</dt>
                    <dd className="break-all text-slate-800">{value}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <span className="text-slate-600">{t("noFields")}</span>
            ),
        },
      ]}
    />
  );
}
