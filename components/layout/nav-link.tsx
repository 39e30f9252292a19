"use client";

import type { ComponentProps } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { cn } from "@/components/ui/cn";

type NavLinkProps = ComponentProps<typeof Link>;

/** A header link that marks itself as the current page (aria-current) when it is. */
export function NavLink({ href, className, ...props }: NavLinkProps) {
  const pathname = usePathname();
  const target = typeof href === "string" ? href : href.pathname;
  const isCurrent = typeof href === "string" || !href.hash ? pathname === target : false;
  return (
    <Link
      href={href}
      aria-current={isCurrent ? "page" : undefined}
      className={cn(
        "rounded-sm py-1 font-medium text-slate-800 underline-offset-4 hover:text-teal-900 hover:underline",
        isCurrent && "text-teal-900 underline decoration-2",
        className,
      )}
      {...props}
    />
  );
}
