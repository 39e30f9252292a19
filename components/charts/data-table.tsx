import type { ReactNode } from "react";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import type { DataColumn } from "./columns";

/** A chart's table alternative, or any table of rows described by DataColumns. */
export function DataTable<Row>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  empty,
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Shown in a single cell when there are no rows. */
  empty?: ReactNode;
}) {
  return (
    <Table caption={caption} captionHidden={captionHidden}>
      <THead>
        <Tr>
          {columns.map((c) => (
            <Th key={c.header} scope="col" numeric={c.numeric}>
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
        {rows.map((row, i) => (
          <Tr key={rowKey(row, i)}>
            {columns.map((c) => {
              const content = c.display ? c.display(row) : c.value(row);
              return c.rowHeader ? (
                <Th key={c.header} scope="row">
                  {content}
                </Th>
              ) : (
                <Td key={c.header} numeric={c.numeric}>
                  {content}
                </Td>
              );
            })}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
