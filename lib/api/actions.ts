"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions";
import { IssueApiTokenInput, RevokeApiTokenInput } from "./schema";
import { issueApiToken, revokeApiToken } from "./tokens";

// API token administration: `platform.manage` (platform administrators only), audited.

export const issueApiTokenAction = userAction({
  permission: "platform.manage",
  input: IssueApiTokenInput,
  run: async (ctx, input) => {
    const { id, secret } = await issueApiToken(ctx, input);
    revalidatePath("/[locale]/admin/api-tokens", "page");
    // The secret goes back to the form that asked, once; it is stored nowhere.
    return { status: "ok", data: { id, secret, name: input.name } };
  },
});

export const revokeApiTokenAction = userAction({
  permission: "platform.manage",
  input: RevokeApiTokenInput,
  run: async (ctx, input) => {
    const { name } = await revokeApiToken(ctx, input);
    revalidatePath("/[locale]/admin/api-tokens", "page");
    const t = await getTranslations("apiTokens");
    return { status: "ok", message: t("revokedMessage", { name }) };
  },
});
