// The in-memory idea box server for tests and stories lives in @communs/idea-box/testing.
export * from "@communs/idea-box/testing";
export { createAdminMockStore } from "./admin/mock-admin";
