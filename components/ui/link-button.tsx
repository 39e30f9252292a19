import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";
import { buttonClasses, type ButtonVariant } from "./button";

type LinkButtonProps = ComponentProps<typeof Link> & { variant?: ButtonVariant };

/** A link that looks like a button: navigation stays a link for assistive technology. */
export function LinkButton({ variant = "primary", className, ...props }: LinkButtonProps) {
  return <Link className={buttonClasses(variant, className)} {...props} />;
}
