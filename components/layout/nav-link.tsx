"use client";

import type { ComponentProps } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { cn } from "@/components/ui/cn";

type NavLinkProps = ComponentProps<typeof Link> & {
  /**
   * A section the link leads into ("/admin"): on any page below it the link is marked as the
   * current location (aria-current="true"); on its own page it is the current page.
   */
  within?: string;
};

/** A header link that marks itself as the current page (aria-current) when it is. */
export function NavLink({ href, className, within, ...props }: NavLinkProps) {
  const pathname = usePathname();
  const target = typeof href === "string" ? href : href.pathname;
  const isPage = typeof href === "string" || !href.hash ? pathname === target : false;
  const isWithin = !isPage && !!within && (pathname === within || pathname.startsWith(`${within}/`));
  return (
    <Link
      href={href}
      aria-current={isPage ? "page" : isWithin ? "true" : undefined}
      className={cn(
        "rounded-sm py-1 font-medium text-slate-800 underline-offset-4 hover:text-teal-900 hover:underline",
        (isPage || isWithin) && "text-teal-900 underline decoration-2",
        className,
      )}
      {...props}
    />
  );
}
