import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit";
import { authorizeCredentials } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import type { GlobalRole } from "@/lib/generated/prisma/enums";
import { clientIp, ipFromHeaders } from "@/lib/request-meta";

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

/** next-auth hands `authorize` the request headers as a plain object with lower-case names. */
function headerFrom(headers: Record<string, unknown> | undefined) {
  return (name: string): string | null => {
    const value = headers?.[name];
    return typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value.join(",") : null;
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
      // Sign-in logic lives in lib/auth/credentials.ts; the address follows the same rule as
      // everywhere else (lib/request-meta.ts).
      authorize: (credentials, req) => authorizeCredentials(credentials, ipFromHeaders(headerFrom(req?.headers))),
    }),
  ],
  events: {
    // The token being cleared names the user. A failure to record is logged, never a failed
    // sign-out: the cookie is cleared either way.
    async signOut({ token }) {
      const userId = token?.sub;
      if (!userId) return;
      try {
        const ip = await clientIp().catch(() => null);
        await recordAudit(db, { userId, regionId: null, ip }, { action: "SIGN_OUT", entity: "User", entityId: userId });
      } catch (error) {
        console.error("[minka] could not record a sign-out", error);
      }
    },
  },
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
