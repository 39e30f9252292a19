import type { ComponentProps } from "react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "ghost";

const base =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold " +
  "transition-colors disabled:cursor-not-allowed disabled:opacity-60";

// Colours chosen for WCAG AA: white on teal-800 is 7.6:1, slate-900 on white 17:1.
const variants: Record<ButtonVariant, string> = {
  primary: "bg-teal-800 text-white hover:bg-teal-900",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
  ghost: "text-slate-900 underline-offset-4 hover:underline",
};

export function buttonClasses(variant: ButtonVariant = "primary", className?: string): string {
  return cn(base, variants[variant], className);
}

type ButtonProps = ComponentProps<"button"> & { variant?: ButtonVariant };

export function Button({ variant = "primary", className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}
