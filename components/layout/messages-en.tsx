"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { TIME_ZONE } from "@/lib/i18n/routing";
import messages from "@/lib/i18n/messages/en.json";
import shell from "@/lib/i18n/messages/shell/en.json";

// The English catalogue for client components; see messages-es.tsx for why it is a chunk.
const catalogue = { ...messages, shell };

export function EnglishMessages({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="en" timeZone={TIME_ZONE} messages={catalogue}>
      {children}
    </NextIntlClientProvider>
  );
}
