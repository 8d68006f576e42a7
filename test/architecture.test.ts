import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The import rules of DESIGN.md §2, read from the sources themselves.
const root = resolve(import.meta.dirname, "..");
const PLATFORM_SDKS = /^(?:discord\.js|@discordjs\/|grammy|@grammyjs\/)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function importsOf(file: string): string[] {
  const source = readFileSync(join(root, file), "utf8");
  const specifiers: string[] = [];
  const pattern = /(?:^|[\s;])(?:import|export)\s(?:[^'"]*?\sfrom\s)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
  for (const match of source.matchAll(pattern)) specifiers.push((match[1] ?? match[2]) as string);
  return specifiers;
}

/** The project folder an import lands in ("src", "src/app", "commands", "adapters/telegram"), or the package name. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith(".")) return specifier;
  const path = relative(root, resolve(root, dirname(file), specifier));
  return path;
}

function violations(dir: string, rule: (file: string, target: string, specifier: string) => string | undefined): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file).flatMap((specifier) => {
      const problem = rule(file, target(file, specifier), specifier);
      return problem ? [`${file}: ${problem} (${specifier})`] : [];
    }),
  );
}

describe("import rules (DESIGN.md §2)", () => {
  it("src/ outside src/app/ imports neither commands/, adapters/ nor a platform SDK", () => {
    const found = violations("src", (file, to) => {
      if (file.startsWith("src/app/")) return undefined;
      if (to.startsWith("commands") || to.startsWith("adapters")) return "core imports the edge";
      if (PLATFORM_SDKS.test(to)) return "core imports a platform SDK";
      return undefined;
    });
    expect(found).toEqual([]);
  });

  it("commands/ imports only src/ through src/index.ts", () => {
    const found = violations("commands", (_file, to, specifier) => {
      if (!specifier.startsWith(".")) return PLATFORM_SDKS.test(to) ? "command imports a platform SDK" : undefined;
      if (to.startsWith("commands")) return undefined;
      if (to === "src/index.js" || to === "src/index.ts" || to === "src") return undefined;
      return "command reaches past src/index.ts";
    });
    expect(found).toEqual([]);
  });

  it("adapters/<p>/ imports src/ and its own SDK, never another adapter or commands/", () => {
    const own: Record<string, RegExp> = {
      discord: /^(?:discord\.js|@discordjs\/)/,
      telegram: /^(?:grammy|@grammyjs\/)/,
      console: /^$/,
    };
    const found = violations("adapters", (file, to) => {
      const platform = file.split("/")[1] as string;
      if (to.startsWith("commands")) return "adapter imports commands/";
      if (to.startsWith("adapters/") && !to.startsWith(`adapters/${platform}`)) return "adapter imports another adapter";
      if (to.startsWith("src/app")) return "adapter imports the composition root";
      if (PLATFORM_SDKS.test(to) && !own[platform]?.test(to)) return "adapter imports another platform's SDK";
      return undefined;
    });
    expect(found).toEqual([]);
  });

  it("only src/llm/openai-chat-model.ts imports openai, and the rule-based core never reaches the model", () => {
    const found = [
      ...violations("src", (file) => file),
      ...violations("commands", (file) => file),
      ...violations("adapters", (file) => file),
    ]
      .map((line) => /^(\S+): \S+ \((.+)\)$/.exec(line))
      .flatMap((match) => {
        const [, file, specifier] = match ?? [];
        if (!file || !specifier) return [];
        if (/^openai(?:\/|$)/.test(specifier) && file !== "src/llm/openai-chat-model.ts") return [`${file} imports openai`];
        if (file.startsWith("src/summarize/") && /(?:^|\/)llm\//.test(specifier)) return [`${file} imports the LLM summarizer`];
        return [];
      });
    expect(found).toEqual([]);
    expect(importsOf("src/llm/openai-chat-model.ts")).toContain("openai");
  });

  it("the checker sees real imports (a rule that cannot fail is no rule)", () => {
    expect(importsOf("src/app/cli.ts").length).toBeGreaterThan(0);
    expect(target("commands/x.ts", "../src/index.js")).toBe("src/index.js");
  });
});
