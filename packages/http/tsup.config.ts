import { definePackageBuild } from "@communs/config/tsup";

export default definePackageBuild();
