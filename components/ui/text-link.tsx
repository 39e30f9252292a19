import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";
import { cn } from "./cn";

export const textLinkClasses =
  "font-medium text-teal-800 underline decoration-teal-800/40 underline-offset-4 hover:decoration-teal-800";

/** An in-text link, always underlined so it is not told apart by colour alone. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link className={cn(textLinkClasses, className)} {...props} />;
}
