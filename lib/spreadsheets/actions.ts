"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { regionAction } from "@/lib/actions";
import { InvalidInputError } from "@/lib/errors";
import { commitImport } from "./import-engine";
import { messageKey } from "./messages";

// Committing a staged import. The gate asks only for region membership: the job's kind decides
// which permission is needed (commitImport checks it, and a job the caller may not use answers
// "not found"). Uploading is a route handler (app/api/regions/[region]/imports), not an action:
// a file of 10,000 rows is over the server-action body limit.

export const commitImportAction = regionAction({
  permission: "region.read",
  input: z.strictObject({ jobId: z.uuid() }),
  run: async (ctx, { jobId }) => {
    const t = await getTranslations();
    try {
      const { count, listPath } = await commitImport(ctx, jobId);
      revalidatePath(`/[locale]/r/[region]${listPath}`, "layout");
      return { status: "ok", message: t("imports.committedMessage", { count }), data: { count } };
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return { status: "error", code: "invalid", message: t(messageKey(error.messageKey) as Parameters<typeof t>[0]) };
    }
  },
});
