export { createIdeaBox, type IdeaBoxApi, type IdeaBoxOptions } from "./idea-box";
