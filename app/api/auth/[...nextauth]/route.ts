import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's `/api/auth/session` only checks the token's signature and age, so it would still
 * describe a session that the rest of Minka refuses: a token issued before a password change or a
 * role change, or a disabled or deleted user's. It answers here by the same rule as every page and
 * action (getCurrentUser): such a token gets next-auth's own answer for "no session", `{}`.
 */
async function GET(request: Request, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  if (nextauth.length === 1 && nextauth[0] === "session" && !(await getCurrentUser())) {
    return Response.json({}, { headers: { "Cache-Control": "private, no-cache, no-store" } });
  }
  return handler(request, context);
}

export { GET, handler as POST };
