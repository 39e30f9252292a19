import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { MemberStatus } from "@/lib/members/data";

/** A member's status in words; the colour only echoes them. */
export async function MemberStatusBadge({ status }: { status: MemberStatus }) {
  const t = await getTranslations("members.status");
  return (
    <Badge className={cn(status !== "ACTIVE" && "border-slate-500/40 bg-slate-100 text-slate-900", status === "DISABLED" && "border-red-700/40 bg-red-50 text-red-900")}>
      {t(status)}
    </Badge>
  );
}
