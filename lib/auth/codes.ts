// Codes shared by the server and the sign-in form (no server-only imports here).

/**
 * The error a throttled sign-in reaches the login form with. next-auth passes the message of an
 * error thrown by `authorize` to the client as `error`; a plain failure arrives as
 * "CredentialsSignin".
 */
export const SIGN_IN_THROTTLED = "SignInThrottled";

/** Notices the sign-in page shows after an account change sent the person there. */
export const SIGN_IN_NOTICES = ["passwordChanged", "passwordReset", "invitationAccepted"] as const;
export type SignInNotice = (typeof SIGN_IN_NOTICES)[number];
