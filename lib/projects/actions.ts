"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { conflictState, regionAction } from "@/lib/actions";
import { ConflictError } from "@/lib/errors";
import { createProject, currentProjectValues, updateProject } from "./data";
import { CreateProjectInput, UpdateProjectInput } from "./schema";

// The project registry's writes. Both are open to `projects.writeOwn` as well as
// `projects.write`, so the gate asks only that the caller may read the region; the data layer
// then allows an admin any project and an institution editor only projects where their
// institution takes part (anything else answers "not found"), as lib/actors does for its edits.

function refresh() {
  revalidatePath("/[locale]/r/[region]/projects", "layout");
}

export const createProjectAction = regionAction({
  permission: "region.read",
  input: CreateProjectInput,
  run: async (ctx, input) => {
    const { id } = await createProject(ctx, input);
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/projects/${id}?saved=1`);
  },
});

export const updateProjectAction = regionAction({
  permission: "region.read",
  input: UpdateProjectInput,
  run: async (ctx, input) => {
    try {
      await updateProject(ctx, input);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const t = await getTranslations("projects");
      const current = await currentProjectValues(ctx, input.projectId);
      return conflictState(t("conflictMessage"), current);
    }
    refresh();
    redirect(`/${await getLocale()}/r/${ctx.regionSlug}/projects/${input.projectId}?saved=1`);
  },
});
