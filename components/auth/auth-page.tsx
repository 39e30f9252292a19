import type { ReactNode } from "react";

/** The frame of the signed-out account pages: a heading, an introduction, the card. */
export function AuthPage({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="mx-auto max-w-md space-y-6 py-4">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        {intro ? <div className="space-y-2 text-slate-700">{intro}</div> : null}
      </div>
      <div className="rounded-lg border border-slate-300 bg-white p-6 shadow-sm">{children}</div>
      {footer ? <div className="space-y-2 text-sm text-slate-700">{footer}</div> : null}
    </div>
  );
}
