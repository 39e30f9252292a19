"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/routing";

// Each language's catalogue is a chunk of its own (messages-es.tsx, messages-en.tsx), loaded only
// for the page's language: importing both here would put both into every page's JavaScript.
// The server renders the chosen one and preloads its chunk, so hydration waits for no extra trip.
const providers: Record<Locale, ReturnType<typeof dynamic<{ children: ReactNode }>>> = {
  es: dynamic(() => import("./messages-es").then((m) => m.SpanishMessages)),
  en: dynamic(() => import("./messages-en").then((m) => m.EnglishMessages)),
};

export function ClientMessages({ locale, children }: { locale: Locale; children: ReactNode }) {
  const Provider = providers[locale];
  return <Provider>{children}</Provider>;
}
