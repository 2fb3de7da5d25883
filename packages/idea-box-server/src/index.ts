export {
  createIdeaBoxServer,
  type IdeaBoxServerApi,
  type IdeaBoxServerOptions,
} from "./idea-box-server";
