"use client";

import type { ReactNode } from "react";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { CellContent } from "./columns";

export interface TableViewColumn {
  /** Text, or an element (a sorting link) for the few tables that need one. */
  header: ReactNode;
  numeric?: boolean;
  /** The column that names the row (a `th scope="row"`). */
  rowHeader?: boolean;
  /** The column the rows are sorted by, for `aria-sort`. */
  sorted?: "ascending" | "descending";
}

export interface TableViewRow {
  key: string;
  cells: CellContent[];
}

/**
 * A table drawn from plain rows. It is a client component for one reason: a server component's
 * table reaches the browser twice, as HTML and as an element tree in the RSC payload (an element
 * per cell, hundreds on a dashboard). As a client component it is still rendered to HTML on the
 * server, and the payload carries only its props: the cells' text. On the dashboards that halves
 * the response and the time to render it (docs/benchmarks.md).
 */
export function TableView({
  caption,
  captionHidden,
  columns,
  rows,
  empty,
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  columns: readonly TableViewColumn[];
  rows: readonly TableViewRow[];
  /** Shown in a single cell when there are no rows. */
  empty?: ReactNode;
}) {
  return (
    <Table caption={caption} captionHidden={captionHidden}>
      <THead>
        <Tr>
          {columns.map((c, i) => (
            <Th key={i} scope="col" numeric={c.numeric} aria-sort={c.sorted}>
              {c.header}
            </Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {rows.length === 0 && empty ? (
          <Tr>
            <Td colSpan={columns.length}>{empty}</Td>
          </Tr>
        ) : null}
        {rows.map((row) => (
          <Tr key={row.key}>
            {row.cells.map((cell, i) =>
              columns[i]?.rowHeader ? (
                <Th key={i} scope="row">
                  <Cell content={cell} />
                </Th>
              ) : (
                <Td key={i} numeric={columns[i]?.numeric} style={shadeStyle(cell)}>
                  <Cell content={cell} />
                </Td>
              ),
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

// Dark text on every shade: teal over white at up to 80 % keeps it at 4.8:1 or more (WCAG AA);
// white text would fall below 4.5:1 on all but the darkest cells.
function shadeStyle(content: CellContent) {
  if (content === null || typeof content !== "object" || content.shade === undefined) return undefined;
  return { backgroundColor: `rgba(15, 118, 110, ${(content.shade * 0.8).toFixed(2)})`, color: "#0f172a" };
}

function Cell({ content }: { content: CellContent }) {
  if (content === null || content === undefined || typeof content !== "object") return content;
  const text = content.href ? <TextLink href={content.href}>{content.text}</TextLink> : content.text;
  return content.muted ? <span className="text-slate-600 italic">{text}</span> : text;
}
