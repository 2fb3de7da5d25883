import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("configuration", () => {
  it("has working defaults for a local start", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8787,
      host: "127.0.0.1",
      databaseUrl: undefined,
      publicUrl: "http://127.0.0.1:8787",
    });
  });

  it("reports every wrong value at once, each with a clear message", () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: "99999",
        DATABASE_URL: "mysql://x",
        ALLOWED_ORIGINS: "https://ok.example,not a url",
        SESSION_SECRET: "short",
        OIDC_ISSUER: "https://proconnect.example",
        LOG_LEVEL: "verbose",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    for (const name of ["PORT", "DATABASE_URL", "ALLOWED_ORIGINS", "SESSION_SECRET", "LOG_LEVEL"])
      expect(problems).toContain(name);
  });

  it("wants all three OIDC settings or none, and a session secret in production", () => {
    expect(() => loadConfig({ OIDC_ISSUER: "https://idp.example" })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET/);
    const config = loadConfig({
      OIDC_ISSUER: "https://idp.example",
      OIDC_CLIENT_ID: "id",
      OIDC_CLIENT_SECRET: "secret",
      ALLOWED_ORIGINS: "https://intranet.example/path",
    });
    expect(config.oidc?.scopes).toBe("openid email given_name usual_name");
    expect(config.allowedOrigins).toEqual(["https://intranet.example"]);
  });

  it("serves metrics only with a METRICS_TOKEN of 32 characters or more, never echoing it", () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    const token = "a-long-random-metrics-token-0123456789";
    expect(loadConfig({ METRICS_TOKEN: token }).metricsToken).toBe(token);
    let error: unknown;
    try {
      loadConfig({ METRICS_TOKEN: "short-token" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      "Invalid configuration:\n  - METRICS_TOKEN: at least 32 characters (got 11 characters)",
    );
  });
});
