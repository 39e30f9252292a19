import { createNavigation } from "next-intl/navigation";
import type { ComponentProps } from "react";
import { routing } from "./routing";

// Locale-aware wrappers around Next's navigation APIs: `href="/r/cusco"` becomes `/es/r/cusco`.
const navigation = createNavigation(routing);
export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's `Link`, without prefetching unless a link asks for it. Every Minka page is rendered
 * per request (it reads the session), so a prefetch fetches only the route's outline and the click
 * still waits for the whole page; but each link in view sent one. Opening the national dashboard,
 * with its 26 regions in four panels, made the browser send about 30 requests that together cost
 * the server about four times the page itself. No hooks here: server and client components both
 * use it.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />;
}
