import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

type CardProps = ComponentProps<"section"> & {
  /** Heading text; `headingLevel` keeps the page outline right where the card sits. */
  title?: ReactNode;
  headingLevel?: 2 | 3;
};

/** A titled block. As a section with a heading it is a named region in the page outline. */
export function Card({ title, headingLevel = 2, className, children, ...props }: CardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={cn("rounded-lg border border-slate-300 bg-white p-5 shadow-sm", className)} {...props}>
      {title ? <Heading className="mb-3 text-lg font-semibold text-slate-900">{title}</Heading> : null}
      {children}
    </section>
  );
}

/** A list of headline figures: each a term (the label) and its value. */
export function StatList({ className, ...props }: ComponentProps<"dl">) {
  return <dl className={cn("grid grid-cols-2 gap-4 sm:grid-cols-4", className)} {...props} />;
}

export function Stat({ label, value, hint }: { label: ReactNode; value: ReactNode; hint?: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <dt className="text-sm text-slate-700">
        {label}
        {hint ? <span className="block text-xs text-slate-600">{hint}</span> : null}
      </dt>
      <dd className="text-2xl font-semibold tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

/** A small label such as "Pilot" or a status. Text carries the meaning; colour only echoes it. */
export function Badge({ className, ...props }: ComponentProps<"span">) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full border border-teal-800/30 bg-teal-50 px-2 py-0.5 text-xs font-semibold text-teal-900",
        className,
      )}
      {...props}
    />
  );
}
