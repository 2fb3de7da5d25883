import { defineCommunsIdeaBox } from "./element";

export { CommunsIdeaBoxElement, defineCommunsIdeaBox } from "./element";
export { readAttributes, observedAttributes, type ElementConfig } from "./attributes";

defineCommunsIdeaBox();
