import { z } from "zod";
import { confirmed, Version } from "@/lib/validation/forms";
import { RegionRole } from "@/lib/generated/prisma/enums";

// Input of the member administration forms. The region never appears here: it comes from the
// tenant gate. Unknown fields (a region, a user id, a version for a form that has none) are
// refused by the strict objects.

/** Lower-cased, as User.email is stored. */
export const EmailInput = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const PersonNameInput = z.string().trim().min(1).max(160);

const Role = z.enum(RegionRole);

/** A select left on its empty option sends "": that means "no institution". */
const OptionalActorId = z.union([z.literal("").transform(() => null), z.uuid()]).optional();

/**
 * An institution editor is bound to exactly one actor of the region; every other role to none
 * (an actor sent along with another role is dropped, not kept by accident).
 */
function bindActor<T extends { role: RegionRole; actorId?: string | null }>(value: T, ctx: z.RefinementCtx) {
  if (value.role === "INSTITUTION_EDITOR" && !value.actorId) {
    ctx.addIssue({ code: "custom", path: ["actorId"], message: "required" });
  }
}
const withActor = <T extends { role: RegionRole; actorId?: string | null }>(value: T) => ({
  ...value,
  actorId: value.role === "INSTITUTION_EDITOR" ? (value.actorId ?? null) : null,
});

export const InviteMemberInput = z
  .strictObject({ email: EmailInput, name: PersonNameInput, role: Role, actorId: OptionalActorId })
  .superRefine(bindActor)
  .transform(withActor);
export type InviteMemberInput = z.infer<typeof InviteMemberInput>;

export const ChangeMemberRoleInput = z
  .strictObject({ membershipId: z.uuid(), version: Version, role: Role, actorId: OptionalActorId })
  .superRefine(bindActor)
  .transform(withActor);
export type ChangeMemberRoleInput = z.infer<typeof ChangeMemberRoleInput>;

export const SetMemberStatusInput = z.strictObject({
  membershipId: z.uuid(),
  version: Version,
  status: z.enum(["ACTIVE", "DISABLED"]),
});
export type SetMemberStatusInput = z.infer<typeof SetMemberStatusInput>;

export const RemoveMemberInput = z.strictObject({
  membershipId: z.uuid(),
  version: Version,
  /** The confirmation checkbox: a removal is never one stray click. */
  confirm: confirmed("required"),
});
export type RemoveMemberInput = z.infer<typeof RemoveMemberInput>;
