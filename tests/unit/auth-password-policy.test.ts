// Property tests (fast-check) of the password policy and the account form schemas
// (lib/auth/schema.ts): OWASP's rules — at least 8 characters, at least 64 allowed (capped at
// 128), no composition rules, common passwords and the account's own email refused — and strict
// parsing, so a form cannot smuggle in a field such as a role or a user id.
import { dictionary } from "@zxcvbn-ts/language-common";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AcceptInvitationInput,
  ChangePasswordInput,
  ForgotPasswordInput,
  isCommonPassword,
  NewPassword,
  newPasswordSchema,
  passwordProblem,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ResetPasswordInput,
} from "@/lib/auth/schema";

const COMMON: string[] = dictionary["passwords-common"];
const codePoints = (s: string) => [...s].length;

/** Strings counted in code points: ASCII-ish ones and ones from all of Unicode. */
const passwordChars = (constraints: { minLength?: number; maxLength?: number }) =>
  fc.oneof(fc.string({ ...constraints, unit: "grapheme-ascii" }), fc.string({ ...constraints, unit: "binary" }));

/** Upper-cases a random selection of a word's letters. */
const randomCase = (word: string) =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((flips) =>
    [...word].map((c, i) => (flips[i] ? c.toUpperCase() : c)).join(""),
  );

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);
}

describe("the password policy", () => {
  it("has OWASP's bounds", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBeGreaterThanOrEqual(64);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
    expect(COMMON.length).toBeGreaterThan(40_000);
  });

  it("accepts any string of 8–64 characters that is not common and not the email, with no composition rule", () => {
    fc.assert(
      fc.property(passwordChars({ minLength: 8, maxLength: 64 }), fc.emailAddress(), (password, email) => {
        fc.pre(!isCommonPassword(password));
        const lowered = password.toLowerCase();
        fc.pre(lowered !== email.toLowerCase() && lowered !== email.toLowerCase().split("@")[0]);
        expect(codePoints(password)).toBeGreaterThanOrEqual(8);
        expect(passwordProblem(password, email)).toBeNull();
        expect(NewPassword.safeParse(password).success).toBe(true);
        expect(newPasswordSchema(email).safeParse(password).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("accepts up to 128 characters, including spaces and any script", () => {
    fc.assert(
      fc.property(passwordChars({ minLength: 65, maxLength: 128 }), (password) => {
        fc.pre(!isCommonPassword(password));
        expect(NewPassword.safeParse(password).success).toBe(true);
      }),
    );
    expect(NewPassword.safeParse("correct horse battery staple").success).toBe(true);
    expect(NewPassword.safeParse("contraseña ñandú 山").success).toBe(true);
    // Length is counted in characters, not UTF-16 units: 8 emoji are 8 characters.
    expect(NewPassword.safeParse("🦙".repeat(8)).success).toBe(true);
    expect(NewPassword.safeParse("🦙".repeat(4)).success).toBe(false);
  });

  it("refuses anything shorter than 8 characters", () => {
    fc.assert(
      fc.property(passwordChars({ maxLength: 7 }), (password) => {
        expect(passwordProblem(password)).toBe("auth.passwordTooShort");
        expect(messages(NewPassword.safeParse(password))).toEqual(["auth.passwordTooShort"]);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses anything longer than 128 characters", () => {
    fc.assert(
      fc.property(passwordChars({ minLength: 129, maxLength: 400 }), (password) => {
        expect(passwordProblem(password)).toBe("auth.passwordTooLong");
        expect(messages(NewPassword.safeParse(password))).toEqual(["auth.passwordTooLong"]);
      }),
      { numRuns: 100 },
    );
  });

  it("refuses every entry of a sample of the common list, whatever its case", () => {
    const longEnough = COMMON.filter((w) => codePoints(w) >= PASSWORD_MIN_LENGTH && codePoints(w) <= PASSWORD_MAX_LENGTH);
    fc.assert(
      fc.property(
        fc.constantFrom(...longEnough).chain((word) => randomCase(word)),
        (password) => {
          expect(passwordProblem(password)).toBe("auth.passwordCommon");
          expect(messages(NewPassword.safeParse(password))).toEqual(["auth.passwordCommon"]);
        },
      ),
      { numRuns: 1000 },
    );
    for (const known of ["password", "PASSWORD1", "Password123", "qwertyuiop", "iloveyou"]) {
      expect(NewPassword.safeParse(known).success, known).toBe(false);
    }
  });

  it("refuses the account's email and its local part, whatever their case", () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.boolean(), (email, whole) => {
        const candidate = whole ? email : email.split("@")[0]!;
        fc.pre(codePoints(candidate) >= 8 && codePoints(candidate) <= 128 && !isCommonPassword(candidate));
        expect(passwordProblem(candidate.toUpperCase(), email)).toBe("auth.passwordIsEmail");
        expect(messages(newPasswordSchema(email).safeParse(candidate))).toEqual(["auth.passwordIsEmail"]);
        // Without the account the schema cannot know; the data layer checks it then.
        expect(NewPassword.safeParse(candidate).success).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(passwordProblem("maria.quispe", "Maria.Quispe@gob.pe")).toBe("auth.passwordIsEmail");
    expect(passwordProblem("maria.quispe@gob.pe", "maria.quispe@gob.pe")).toBe("auth.passwordIsEmail");
    expect(passwordProblem("maria.quispe-2026", "maria.quispe@gob.pe")).toBeNull();
  });
});

describe("the account form schemas", () => {
  const valid = {
    change: { currentPassword: "anything at all", newPassword: "llama alpaca vicuña" },
    forgot: { email: "someone@example.pe" },
    reset: { token: "a".repeat(43), password: "llama alpaca vicuña" },
    invitation: { token: "a".repeat(43), name: "María Quispe", password: "llama alpaca vicuña" },
  };
  const schemas = [
    ["ChangePasswordInput", ChangePasswordInput, valid.change],
    ["ForgotPasswordInput", ForgotPasswordInput, valid.forgot],
    ["ResetPasswordInput", ResetPasswordInput, valid.reset],
    ["AcceptInvitationInput", AcceptInvitationInput, valid.invitation],
  ] as const;

  for (const [name, schema, input] of schemas) {
    it(`${name} accepts its own fields`, () => {
      expect(schema.safeParse(input).success).toBe(true);
    });

    it(`${name} refuses any unknown field, such as a user id or a role`, () => {
      const known = new Set(Object.keys(input));
      fc.assert(
        fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.jsonValue(), (key, value) => {
          fc.pre(!known.has(key));
          const withExtra = Object.fromEntries([...Object.entries(input), [key, value]]);
          const result = schema.safeParse(withExtra);
          expect(result.success).toBe(false);
          expect(result.error?.issues.some((i) => i.code === "unrecognized_keys")).toBe(true);
        }),
        { numRuns: 200 },
      );
      for (const smuggled of ["userId", "role", "regionId", "sessionVersion", "passwordHash", "email"]) {
        if (known.has(smuggled)) continue;
        expect(schema.safeParse({ ...input, [smuggled]: "x" }).success, smuggled).toBe(false);
      }
    });
  }

  it("normalises the email of the reset form and refuses what is not an email", () => {
    expect(ForgotPasswordInput.parse({ email: "  Someone@Example.PE " })).toEqual({ email: "someone@example.pe" });
    expect(messages(ForgotPasswordInput.safeParse({ email: "not an email" }))).toEqual(["auth.emailInvalid"]);
    expect(ForgotPasswordInput.safeParse({ email: "" }).success).toBe(false);
  });

  it("applies the policy to every field that sets a password", () => {
    expect(messages(ChangePasswordInput.safeParse({ ...valid.change, newPassword: "password1" }))).toEqual(["auth.passwordCommon"]);
    expect(messages(ResetPasswordInput.safeParse({ ...valid.reset, password: "short" }))).toEqual(["auth.passwordTooShort"]);
    expect(messages(AcceptInvitationInput.safeParse({ ...valid.invitation, password: "x".repeat(129) }))).toEqual(["auth.passwordTooLong"]);
    // The current password is checked against the hash, never policed: old passwords still work.
    expect(ChangePasswordInput.safeParse({ ...valid.change, currentPassword: "123" }).success).toBe(true);
  });
});
