import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { GlobalRole } from "@/lib/generated/prisma/enums";

// The token carries who the user is, never what they may do in a region: memberships are read
// from the database on every request (lib/auth/session.ts), so revoking one takes effect at once.
// `sessionVersion` lets the server end every open session of a user by bumping the column.
declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; globalRole: GlobalRole | null };
    sessionVersion: number;
  }
  interface User {
    id: string;
    email: string;
    name: string;
    globalRole: GlobalRole | null;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    globalRole?: GlobalRole | null;
    sessionVersion?: number;
  }
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const CredentialsInput = z.object({
  email: z
    .string()
    .trim()
    .max(254)
    .transform((value) => value.toLowerCase()),
  password: z.string().min(1).max(1024),
});

// Verifying against a throwaway hash when the account does not exist (or cannot sign in) keeps the
// response time the same, so timing does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;
function getDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}`);
  return decoyHash;
}

async function authorizeCredentials(raw: unknown) {
  const parsed = CredentialsInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      globalRole: true,
      disabledAt: true,
      sessionVersion: true,
    },
  });

  if (!user || user.disabledAt || !user.passwordHash) {
    await verifyPassword(await getDecoyHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;

  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    globalRole: user.globalRole,
    sessionVersion: user.sessionVersion,
  };
}

/** Cookies get the `__Secure-` prefix and the Secure flag whenever the public URL is https. */
function publicUrlIsHttps(): boolean {
  const url = process.env.NEXTAUTH_URL ?? process.env.APP_URL ?? "";
  return url.startsWith("https://");
}

export const authOptions: AuthOptions = {
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // next-auth's default cookies are HttpOnly and SameSite=lax; it only turns on `Secure` when
  // NEXTAUTH_URL is https. Minka's launcher knows the public URL as APP_URL, so decide here.
  useSecureCookies: publicUrlIsHttps(),
  pages: { signIn: "/es/login", error: "/es/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: (credentials) => authorizeCredentials(credentials),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // `user` is only present right after authorize(); later calls keep the token as it is.
      if (user) {
        token.sub = user.id;
        token.email = user.email;
        token.name = user.name;
        token.globalRole = user.globalRole;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub ?? "",
        email: token.email ?? "",
        name: token.name ?? "",
        globalRole: token.globalRole ?? null,
      };
      session.sessionVersion = token.sessionVersion ?? 0;
      return session;
    },
  },
};
