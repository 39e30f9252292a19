import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

type TableProps = ComponentProps<"table"> & {
  /** Every table has a caption: it is the table's accessible name. */
  caption: ReactNode;
  /** Hide the caption visually when a heading right above already says the same. */
  captionHidden?: boolean;
};

export function Table({ caption, captionHidden, className, children, ...props }: TableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className={cn("data-table w-full border-collapse text-left text-sm", className)} {...props}>
        <caption
          className={cn(
            captionHidden ? "sr-only" : "px-4 pt-3 pb-2 text-left text-sm font-medium text-slate-700",
          )}
        >
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function THead(props: ComponentProps<"thead">) {
  return <thead className="border-b border-slate-300 bg-slate-100" {...props} />;
}

export function TBody(props: ComponentProps<"tbody">) {
  return <tbody className="divide-y divide-slate-200" {...props} />;
}

export function TFoot(props: ComponentProps<"tfoot">) {
  return <tfoot className="border-t-2 border-slate-300 font-semibold" {...props} />;
}

export function Tr(props: ComponentProps<"tr">) {
  return <tr {...props} />;
}

// Cells take their padding and colours from the table (`.data-table` in app/globals.css), not
// from class lists of their own: a dashboard has hundreds of cells, and each cell's classes were
// sent twice, in the HTML and in the RSC payload. A cell's own utilities still win (that CSS sits
// in the components layer, below utilities).

type ThProps = ComponentProps<"th"> & { scope: "col" | "row"; numeric?: boolean };

/** A header cell; `scope` is required so every data cell has its headers. */
export function Th({ numeric, className, ...props }: ThProps) {
  return <th className={cn(numeric && "num", className) || undefined} {...props} />;
}

type TdProps = ComponentProps<"td"> & { numeric?: boolean };

export function Td({ numeric, className, ...props }: TdProps) {
  return <td className={cn(numeric && "num", className) || undefined} {...props} />;
}
