"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { userAction } from "@/lib/actions";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { ruleViolationState } from "@/lib/members/form-state";
import { createRegion } from "./data";
import { CreateRegionInput } from "./schema";

// Platform administration: `platform.manage` (platform administrators only).

export const createRegionAction = userAction({
  permission: "platform.manage",
  input: CreateRegionInput,
  run: async (ctx, input) => {
    const locale = await getLocale();
    let result;
    try {
      result = await createRegion(ctx, input, { locale });
    } catch (error) {
      return ruleViolationState(error, "platform.errors");
    }
    after(() =>
      deliverPendingMail().catch((error: unknown) => console.error("[minka] mail delivery failed; it will be retried", error)),
    );
    revalidatePath("/[locale]", "layout");
    const t = await getTranslations("platform");
    return {
      status: "ok",
      message: t("createdMessage", { name: input.name, email: input.adminEmail }),
      data: { slug: result.slug },
    };
  },
});
