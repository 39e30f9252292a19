"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { regionAction } from "@/lib/actions";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { changeMemberRole, inviteMember, removeMember, setMemberStatus } from "./data";
import { ruleViolationState } from "./form-state";
import { ChangeMemberRoleInput, InviteMemberInput, RemoveMemberInput, SetMemberStatusInput } from "./schema";

// Member administration of one region. Each action: the tenant gate proves the region from the
// bound slug, `members.manage` is checked, the form is parsed strictly, then the data layer
// writes the change and its audit entry in one transaction.

/** Every admin page of the region shows members, the trail or the outbox: refresh them all. */
function refreshAdminPages() {
  revalidatePath("/[locale]/r/[region]/admin", "layout");
}

/** Mail is delivered after the response, so a slow SMTP server never holds up the form. */
function deliverMailLater() {
  after(() =>
    deliverPendingMail().catch((error: unknown) => console.error("[minka] mail delivery failed; it will be retried", error)),
  );
}

export const inviteMemberAction = regionAction({
  permission: "members.manage",
  input: InviteMemberInput,
  run: async (ctx, input) => {
    const locale = await getLocale();
    let result;
    try {
      result = await inviteMember(ctx, input, { locale });
    } catch (error) {
      return ruleViolationState(error, "members.errors");
    }
    deliverMailLater();
    refreshAdminPages();
    const t = await getTranslations("members");
    return {
      status: "ok",
      message: result.kind === "invitation" ? t("invitedMessage", { email: input.email }) : t("noticeMessage", { email: input.email }),
    };
  },
});

export const changeMemberRoleAction = regionAction({
  permission: "members.manage",
  input: ChangeMemberRoleInput,
  run: async (ctx, input) => {
    let result;
    try {
      result = await changeMemberRole(ctx, input);
    } catch (error) {
      return ruleViolationState(error, "members.errors");
    }
    refreshAdminPages();
    const t = await getTranslations("members");
    return { status: "ok", message: result.changed ? t("roleChangedMessage") : t("unchangedMessage") };
  },
});

export const setMemberStatusAction = regionAction({
  permission: "members.manage",
  input: SetMemberStatusInput,
  run: async (ctx, input) => {
    let result;
    try {
      result = await setMemberStatus(ctx, input);
    } catch (error) {
      return ruleViolationState(error, "members.errors");
    }
    refreshAdminPages();
    const t = await getTranslations("members");
    if (!result.changed) return { status: "ok", message: t("unchangedMessage") };
    return { status: "ok", message: input.status === "DISABLED" ? t("disabledMessage") : t("enabledMessage") };
  },
});

export const removeMemberAction = regionAction({
  permission: "members.manage",
  input: RemoveMemberInput,
  run: async (ctx, input) => {
    try {
      await removeMember(ctx, input);
    } catch (error) {
      return ruleViolationState(error, "members.errors");
    }
    refreshAdminPages();
    // Outside any try/catch of ours: Next's redirect is an exception that must reach Next.
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/admin/members?removed=1`);
  },
});
