import type { Meta, StoryObj } from "@storybook/react-vite";
import { createIdeaBox } from "@communs/idea-box";

function IdeaBoxDemo({ label }: { label: string }) {
  return <p>{createIdeaBox({ label }).getState().label}</p>;
}

const meta = {
  title: "IdeaBox/Engine",
  component: IdeaBoxDemo,
  args: { label: "IdeaBox" },
} satisfies Meta<typeof IdeaBoxDemo>;

export default meta;

export const Default: StoryObj<typeof meta> = {};
