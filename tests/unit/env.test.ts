import { describe, expect, it } from "vitest";
import { EnvError, loadEnv, setting } from "@/lib/env";

describe("loadEnv", () => {
  it("accepts an empty environment with defaults", () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DEMO_DATA).toBe("auto");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.METRICS_WAIT_MS).toBe(2000);
  });

  it("treats empty variables as unset", () => {
    expect(loadEnv({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });

  it("reports one line per problem", () => {
    try {
      loadEnv({ DATABASE_URL: "mysql://x", PORT: "abc", AUTH_SECRET: "short", DEMO_DATA: "maybe", METRICS_WAIT_MS: "-1" });
      expect.unreachable("loadEnv should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const problems = (error as EnvError).problems;
      expect(problems).toHaveLength(5);
      expect(problems.map((p) => p.split(":")[0]).sort()).toEqual(["AUTH_SECRET", "DATABASE_URL", "DEMO_DATA", "METRICS_WAIT_MS", "PORT"]);
      for (const p of problems) expect(p).not.toContain("\n");
    }
  });

  it("accepts a postgres URL", () => {
    expect(loadEnv({ DATABASE_URL: "postgres://u:p@db.example:5432/minka" }).DATABASE_URL).toContain("db.example");
  });
});

describe("setting", () => {
  it("reads a setting at run time, with the schema's default when unset or invalid", () => {
    const saved = process.env.METRICS_WAIT_MS;
    try {
      delete process.env.METRICS_WAIT_MS;
      expect(setting("METRICS_WAIT_MS")).toBe(2000);
      process.env.METRICS_WAIT_MS = "350";
      expect(setting("METRICS_WAIT_MS")).toBe(350);
      process.env.METRICS_WAIT_MS = "-1";
      expect(setting("METRICS_WAIT_MS")).toBe(2000);
    } finally {
      if (saved === undefined) delete process.env.METRICS_WAIT_MS;
      else process.env.METRICS_WAIT_MS = saved;
    }
  });
});
