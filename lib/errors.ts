// Expected failures as types. The gate and the data layer throw them; each kind of entry point
// (page, server action, API route) turns them into its own answer in one place.

/** Not signed in (or the session was revoked). Pages redirect to sign-in; APIs answer 401. */
export class UnauthenticatedError extends Error {
  readonly code = "unauthenticated";
}

/**
 * A record or region that does not exist *for this caller*. Another region's record throws this
 * too, so it answers exactly like a missing one.
 */
export class NotFoundError extends Error {
  readonly code = "not_found";
}

/** Signed in and allowed to see the region, but not to do this. */
export class ForbiddenError extends Error {
  readonly code = "forbidden";
  constructor(readonly permission: string) {
    super(`forbidden: ${permission}`);
  }
}

/** Someone else saved the record since the caller loaded it (optimistic locking). */
export class ConflictError extends Error {
  readonly code = "conflict";
  constructor(readonly currentVersion: number | null = null) {
    super("conflict");
  }
}

/** Input that passed the schema but breaks a rule only the database can check. */
export class InvalidInputError extends Error {
  readonly code = "invalid";
  constructor(
    /** A translation key under `errors.` */
    readonly messageKey: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(messageKey);
  }
}
