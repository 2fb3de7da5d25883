/**
 * The files of a new package, as { relativePath: content }. Kept as code rather than a folder
 * of templates so that names are filled in one place and the test can check the result.
 * @param {{ name: string, layer: "engine" | "ui", description: string, themeVersion?: string }} options
 * @returns {Record<string, string>}
 */
export function renderPackageFiles({ name, layer, description, themeVersion = "0.0.0" }) {
  const packageName = `@communs/${name}`;
  const pascal = name.replace(/(^|-)([a-z0-9])/g, (_match, _dash, letter) => letter.toUpperCase());
  const dir = `packages/${name}`;
  const isUi = layer === "ui";
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

  const manifest = {
    name: packageName,
    version: "0.0.0",
    description,
    license: "MIT",
    repository: {
      type: "git",
      url: "git+https://github.com/communs/communs.git",
      directory: dir,
    },
    type: "module",
    communs: { layer },
    sideEffects: isUi ? ["*.css"] : false,
    exports: {
      ".": {
        import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
        require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
      },
      "./package.json": "./package.json",
    },
    main: "./dist/index.cjs",
    module: "./dist/index.js",
    types: "./dist/index.d.ts",
    // LICENSE is a copy of the root one (new-package.js writes it; licence-files.test.js checks it).
    files: ["dist", "README.md", "CHANGELOG.md", "LICENSE"],
    scripts: {
      build: "tsup",
      test: "vitest run",
      typecheck: "tsc -p tsconfig.json",
      size: "size-limit",
      "check:package": "publint --strict && attw --pack . --profile node16",
    },
    engines: { node: ">=20.19" },
    publishConfig: { access: "public" },
    ...(isUi
      ? {
          dependencies: { "@communs/theme": `^${themeVersion}` },
          peerDependencies: { react: "^18.0.0 || ^19.0.0", "react-dom": "^18.0.0 || ^19.0.0" },
          devDependencies: {
            "@communs/config": "0.0.0",
            "@testing-library/dom": "10.4.2",
            "@testing-library/jest-dom": "6.9.1",
            "@testing-library/react": "16.3.3",
            "@testing-library/user-event": "14.6.13",
            "@types/react": "19.3.0",
            "@types/react-dom": "19.3.0",
            jsdom: "29.0.1",
            react: "19.3.1",
            "react-dom": "19.3.1",
          },
        }
      : { devDependencies: { "@communs/config": "0.0.0" } }),
  };

  const files = {
    [`${dir}/package.json`]: json(manifest),
    [`${dir}/tsconfig.json`]: json({
      extends: "../../tsconfig.base.json",
      ...(isUi
        ? {
            compilerOptions: {
              lib: ["ES2022", "DOM", "DOM.Iterable"],
              types: ["@testing-library/jest-dom/vitest"],
            },
          }
        : {}),
      include: ["src"],
    }),
    [`${dir}/tsup.config.ts`]: `import { definePackageBuild } from "@communs/config/tsup";\n\nexport default definePackageBuild();\n`,
    [`${dir}/vitest.config.ts`]: isUi
      ? `import { defineConfig } from "vitest/config";\nimport { definePackageTests } from "@communs/config/vitest";\n\nexport default defineConfig(\n  definePackageTests({ environment: "jsdom", setupFiles: ["./vitest.setup.ts"] }),\n);\n`
      : `import { defineConfig } from "vitest/config";\nimport { definePackageTests } from "@communs/config/vitest";\n\nexport default defineConfig(definePackageTests());\n`,
    [`${dir}/.size-limit.json`]: json([
      {
        name: `${packageName} (whole module)`,
        path: "dist/index.js",
        ...(isUi ? { ignore: ["react", "react-dom", "react/jsx-runtime", "@communs/theme"] } : {}),
        gzip: true,
        limit: isUi ? "25 kB" : "8 kB",
      },
    ]),
    [`${dir}/README.md`]: readme({ packageName, pascal, description, isUi }),
    [`.changeset/${name}-first-release.md`]: `---\n"${packageName}": minor\n---\n\nFirst release of ${packageName}.\n`,
  };

  if (isUi) {
    Object.assign(files, {
      [`${dir}/vitest.setup.ts`]: `import "@testing-library/jest-dom/vitest";\nimport { cleanup } from "@testing-library/react";\nimport { afterEach } from "vitest";\n\nafterEach(() => cleanup());\n`,
      [`${dir}/src/index.ts`]: `export { ${pascal}, type ${pascal}Props } from "./${name}";\nexport { messagesFr as ${camel(pascal)}MessagesFr } from "./i18n/messages.fr";\nexport { messagesEn as ${camel(pascal)}MessagesEn } from "./i18n/messages.en";\n`,
      [`${dir}/src/i18n/messages.fr.ts`]: `/** French is the source of truth; messages.en.ts must have every key. */\nexport const messagesFr = {\n  title: "${pascal}",\n} as const;\n\nexport type ${pascal}Messages = { [Key in keyof typeof messagesFr]: string };\n`,
      [`${dir}/src/i18n/messages.en.ts`]: `import type { ${pascal}Messages } from "./messages.fr";\n\nexport const messagesEn = {\n  title: "${pascal}",\n} as const satisfies ${pascal}Messages;\n`,
      [`${dir}/src/${name}.tsx`]: `import { messagesEn } from "./i18n/messages.en";\nimport { messagesFr, type ${pascal}Messages } from "./i18n/messages.fr";\n\nexport interface ${pascal}Props {\n  locale?: "fr" | "en";\n  /** Overrides some or all of the component's texts. */\n  messages?: Partial<${pascal}Messages>;\n}\n\nexport function ${pascal}({ locale = "fr", messages }: ${pascal}Props) {\n  const text = { ...(locale === "en" ? messagesEn : messagesFr), ...messages };\n  return (\n    <section className="communs-${name}" lang={locale}>\n      <h2 className="communs-${name}__title">{text.title}</h2>\n    </section>\n  );\n}\n`,
      [`${dir}/src/${name}.test.tsx`]: `import { render, screen } from "@testing-library/react";\nimport { describe, expect, it } from "vitest";\nimport { ${pascal} } from "./${name}";\n\ndescribe("${pascal}", () => {\n  it("shows its title as a heading, in French by default", () => {\n    render(<${pascal} />);\n    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("${pascal}");\n  });\n\n  it("lets the integrator override a text", () => {\n    render(<${pascal} locale="en" messages={{ title: "Custom" }} />);\n    expect(screen.getByRole("heading", { name: "Custom" })).toBeInTheDocument();\n  });\n});\n`,
      [`apps/catalogue/stories/${name}/${name}.stories.tsx`]: `import type { Meta, StoryObj } from "@storybook/react-vite";\nimport { ${pascal} } from "${packageName}";\n\nconst meta = {\n  title: "${pascal}/${pascal}",\n  component: ${pascal},\n  render: (args, context) => <${pascal} {...args} locale={context.globals.locale ?? "fr"} />,\n} satisfies Meta<typeof ${pascal}>;\n\nexport default meta;\n\nexport const Default: StoryObj<typeof meta> = {};\n`,
    });
  } else {
    Object.assign(files, {
      [`${dir}/src/index.ts`]: `export { create${pascal}, type ${pascal}Api, type ${pascal}Options } from "./${name}";\n`,
      [`${dir}/src/${name}.ts`]: `export interface ${pascal}Options {\n  /** Replace with the options of the engine. */\n  label: string;\n}\n\nexport interface ${pascal}Api {\n  getState(): Readonly<${pascal}Options>;\n  subscribe(listener: () => void): () => void;\n}\n\n/** Headless engine: plain TypeScript, no React, no DOM. */\nexport function create${pascal}(options: ${pascal}Options): ${pascal}Api {\n  const state = { ...options };\n  const listeners = new Set<() => void>();\n  return {\n    getState: () => state,\n    subscribe(listener) {\n      listeners.add(listener);\n      return () => listeners.delete(listener);\n    },\n  };\n}\n`,
      [`${dir}/src/${name}.test.ts`]: `import { describe, expect, it } from "vitest";\nimport { create${pascal} } from "./${name}";\n\ndescribe("create${pascal}", () => {\n  it("holds the options it was given", () => {\n    expect(create${pascal}({ label: "a" }).getState()).toEqual({ label: "a" });\n  });\n});\n`,
      [`apps/catalogue/stories/${name}/${name}.stories.tsx`]: `import type { Meta, StoryObj } from "@storybook/react-vite";\nimport { create${pascal} } from "${packageName}";\n\nfunction ${pascal}Demo({ label }: { label: string }) {\n  return <p>{create${pascal}({ label }).getState().label}</p>;\n}\n\nconst meta = {\n  title: "${pascal}/Engine",\n  component: ${pascal}Demo,\n  args: { label: "${pascal}" },\n} satisfies Meta<typeof ${pascal}Demo>;\n\nexport default meta;\n\nexport const Default: StoryObj<typeof meta> = {};\n`,
    });
  }
  return files;
}

function camel(pascal) {
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

function readme({ packageName, pascal, description, isUi }) {
  const example = isUi
    ? `import { ${pascal} } from "${packageName}";\nimport "@communs/theme/tokens.css";\n\nexport function Page() {\n  return <${pascal} locale="fr" />;\n}`
    : `import { create${pascal} } from "${packageName}";\n\nconst api = create${pascal}({ label: "exemple" });\nconsole.log(api.getState().label);`;
  return `# ${packageName}

${description}

## Install

\`\`\`sh
npm install ${packageName}
\`\`\`

## Example

\`\`\`${isUi ? "tsx" : "ts"}
${example}
\`\`\`

## API

Document every public name of \`src/index.ts\` here.

## Runtime dependencies

${isUi ? "- `@communs/theme`: the design tokens the styles read.\n- React and React DOM are peer dependencies." : "None."}

## Accessibility

Say what the package guarantees and what remains the integrator's job.

## Licence

Code: MIT. Method content (texts, questionnaires, palettes, data): CC BY-SA 4.0.
`;
}
