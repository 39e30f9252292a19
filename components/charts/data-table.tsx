import type { ReactNode } from "react";
import type { DataColumn } from "./columns";
import { TableView } from "./table-view";

/**
 * A chart's table alternative, or any table of rows described by DataColumns. Works in server and
 * client components alike: it only turns rows into cells, and TableView draws them.
 */
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
    <TableView
      caption={caption}
      captionHidden={captionHidden}
      columns={columns.map((c) => ({ header: c.header, numeric: c.numeric, rowHeader: c.rowHeader }))}
      rows={rows.map((row, i) => ({ key: rowKey(row, i), cells: columns.map((c) => (c.display ? c.display(row) : c.value(row))) }))}
      empty={empty}
    />
  );
}
