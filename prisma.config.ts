// Prisma CLI configuration. Only `prisma generate` is used from the CLI: migrations go through
// scripts/migrate.ts (the WebAssembly schema engine), see docs/decisions/0002-offline-migrations.md.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://unused@localhost/unused" },
});
