export type Layer = "engine" | "ui" | "element" | "server" | "app" | "tooling" | "unknown";

export interface Workspace {
  /** The npm name, e.g. `@communs/theme`. */
  name: string;
  /** Path from the repository root, e.g. `packages/theme`. */
  directory: string;
  layer: Layer;
  private: boolean;
}

export declare const repositoryRoot: string;
export declare function listWorkspaces(root?: string): Workspace[];
