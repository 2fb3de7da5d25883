export interface PackageTestOptions {
  /** Test environment: "node" (engines, servers) or "jsdom" (UI). */
  environment?: "node" | "jsdom";
  setupFiles?: string[];
  /** Globs of test files; `src/**\/*.test.{ts,tsx,js}` by default. */
  include?: string[];
  /** Extra globs to leave out; browser tests (`*.browser.test.*`) are always left out. */
  exclude?: string[];
}

export declare function definePackageTests(options?: PackageTestOptions): {
  test: Record<string, unknown>;
};

export interface ServerTestOptions {
  /** Milliseconds a test may take; 120,000 by default. */
  testTimeout?: number;
  /** Milliseconds a hook may take; 120,000 by default. */
  hookTimeout?: number;
}

export declare function defineServerTests(options?: ServerTestOptions): {
  test: Record<string, unknown>;
};
