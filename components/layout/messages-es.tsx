"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { TIME_ZONE } from "@/lib/i18n/routing";
import messages from "@/lib/i18n/messages/es.json";
import shell from "@/lib/i18n/messages/shell/es.json";

// The Spanish catalogue for client components, as a JavaScript chunk of its own (loaded by
// client-messages.tsx). Passing the catalogue as the provider's props (next-intl's default) put
// ~100 kB of messages into the HTML and the RSC payload of every page; a chunk is downloaded once
// and cached by the browser, and the server never serialises it. Keep in step with messages-en.tsx.
const catalogue = { ...messages, shell };

export function SpanishMessages({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="es" timeZone={TIME_ZONE} messages={catalogue}>
      {children}
    </NextIntlClientProvider>
  );
}
