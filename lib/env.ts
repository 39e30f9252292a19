import { z } from "zod";

// Every setting Minka reads, validated once at start-up. The launcher (scripts/run.ts) calls
// loadEnv() before anything else so a bad value stops the process with one line per problem.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  APP_URL: z.url("must be an absolute URL such as https://minka.example.gob.pe").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DEMO_DATA: z.enum(["auto", "yes", "no"]).default("auto"),
  /** Where the embedded database and local secrets live (git-ignored). */
  DATA_DIR: z.string().min(1).default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** How long a page waits for a region's metrics to be recomputed before it shows the previous ones (lib/metrics). */
  METRICS_WAIT_MS: z.coerce.number().int().min(0).max(120_000).default(2000),
  /** smtp://user:pass@host:587 or smtps://…; unset: mail stays in the outbox for admins to read. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().min(3).default("Minka <no-reply@minka.invalid>"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "EnvError";
  }
}

/** Parses the given variables (process.env by default); throws EnvError listing every problem. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable means "not set": shells and .env files often leave `FOO=` behind.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (parsed.success) {
    return parsed.data;
  }
  throw new EnvError(parsed.error.issues.map((i) => `${i.path.join(".") || "env"}: ${i.message}`));
}

/**
 * One setting as the app reads it while running: its value in process.env, or the schema's
 * default when it is unset or invalid. So each default is written once, here. The launcher has
 * already refused invalid values (loadEnv); `next start` run directly (tests, benchmark) is not
 * stopped by one, and falls back to the default.
 */
export function setting<K extends keyof Env>(key: K): Env[K] {
  const schema = EnvSchema.shape[key];
  const raw = process.env[key];
  const parsed = schema.safeParse(raw === "" ? undefined : raw);
  return (parsed.success ? parsed.data : schema.parse(undefined)) as Env[K];
}
