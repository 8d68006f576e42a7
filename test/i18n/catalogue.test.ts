import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { CATALOGUES } from "../../src/i18n/catalogues.js";
import { LANGUAGES } from "../../src/i18n/languages.js";

const ROOT = join(import.meta.dirname, "../..");
const PLURAL = /_(zero|one|two|few|many|other)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return path === "src/i18n/locales" ? [] : sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

const files = ["src", "commands", "adapters"].flatMap(sourceFiles);
// Comments are dropped: a key named only in an example (TSDoc) is not a use.
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
const code = files.map((file) => ({ file, text: withoutComments(readFileSync(join(ROOT, file), "utf8")) }));
const baseKey = (key: string) => key.replace(PLURAL, "");
const english = CATALOGUES.en;
const baseKeys = [...new Set(Object.keys(english).map(baseKey))];
const pluralKeys = new Set(
  Object.keys(english)
    .filter((key) => PLURAL.test(key))
    .map(baseKey),
);
// Menu texts are read by defineCommand from the command's name: "command.<name>" and "command.<name>.<option>".
const menuKeys = new Set(
  commands.flatMap((command) => [
    `command.${command.name}`,
    ...Object.keys(command.options).map((option) => `command.${command.name}.${option}`),
  ]),
);

describe("the message catalogue", () => {
  it("has every key in every language, with each plural form the language's CLDR rules can pick", () => {
    const missing: string[] = [];
    for (const language of LANGUAGES) {
      const catalogue = CATALOGUES[language];
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const key of baseKeys) {
        const needed = pluralKeys.has(key) ? categories.map((category) => `${key}_${category}`) : [key];
        for (const form of needed) if (!(form in catalogue)) missing.push(`${language}: ${form}`);
      }
      for (const key of Object.keys(catalogue)) {
        if (!baseKeys.includes(baseKey(key))) missing.push(`${language}: ${key} is not in en.ts`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("keeps each message's placeholders in every language", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differing: string[] = [];
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(CATALOGUES[language])) {
        const source = english[key] ?? english[`${baseKey(key)}_other`] ?? "";
        // A plural form may leave {{count}} implicit; every other placeholder must be there.
        const want = placeholders(source).filter((name) => !(pluralKeys.has(baseKey(key)) && name === "count"));
        const have = placeholders(text).filter((name) => !(pluralKeys.has(baseKey(key)) && name === "count"));
        if (JSON.stringify([...new Set(want)]) !== JSON.stringify([...new Set(have)])) differing.push(`${language}: ${key}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('has every key the code uses (t("…") and userError("…"))', () => {
    const used = code.flatMap(({ file, text }) =>
      [...text.matchAll(/\b(?:t|userError|english|translate)\(\s*"([^"]+)"/g)].map((m) => ({ file, key: m[1] as string })),
    );
    expect(used.length).toBeGreaterThan(50);
    const absent = used
      .filter(({ key }) => !baseKeys.includes(key))
      .map(({ file, key }) => `${relative(ROOT, join(ROOT, file))}: ${key}`);
    expect(absent).toEqual([]);
  });

  it("has no key that nothing uses", () => {
    const literals = new Set(code.flatMap(({ text }) => [...text.matchAll(/"([a-z]+(?:\.[a-zA-Z]+)+)"/g)].map((m) => m[1])));
    const unused = baseKeys.filter((key) => !literals.has(key) && !menuKeys.has(key));
    expect(unused).toEqual([]);
  });

  it("has the menu texts of every command and option", () => {
    const absent = [...menuKeys].filter((key) => !(key in english));
    expect(absent).toEqual([]);
  });
});
