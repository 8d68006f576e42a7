/** The one parser of text arguments (Telegram and console): positional words, quoted strings and `key:value`. */
import { userError } from "../i18n/translate.js";
import type { OptionSpec } from "./command-spec.js";
import type { ArgValue } from "./define-command.js";

/** One word of the input: a bare or quoted value, or a `key:value` pair. */
export interface ArgumentToken {
  value: string;
  /** Set for `key:value` when `key` names an option. */
  key?: string;
  /** True when the value was written in quotes (then it is never split or re-interpreted). */
  quoted: boolean;
}

const QUOTES: Record<string, string> = { '"': '"', "'": "'", "“": "”", "„": "“", "«": "»", "‘": "’" };
const CRON_FIELD = /^(?:[0-9*/,?LW#-]+|[A-Za-z]{3}(?:[-,][A-Za-z]{3})*)$/;
const INTEGER = /^[+-]?\d+$/;
const BOOLEAN: Record<string, boolean> = { true: true, yes: true, on: true, false: false, no: false, off: false };

/** Splits text into tokens; `key:value` is recognised only for keys in `optionNames`. */
export function tokenize(text: string, optionNames: ReadonlySet<string> = new Set()): ArgumentToken[] {
  const tokens: ArgumentToken[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    if (i >= text.length) break;
    let key: string | undefined;
    const keyMatch = /^([a-z0-9_]{1,32}):(?=\S)/i.exec(text.slice(i));
    if (keyMatch?.[1] && optionNames.has(keyMatch[1].toLowerCase())) {
      key = keyMatch[1].toLowerCase();
      i += keyMatch[0].length;
    }
    const open = text[i] as string;
    const close = QUOTES[open];
    if (close !== undefined) {
      const end = text.indexOf(close, i + 1);
      if (end === -1) throw userError("args.unclosedQuote", { quote: open });
      tokens.push({ value: text.slice(i + 1, end), quoted: true, ...(key ? { key } : {}) });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/.test(text[end] as string)) end++;
    tokens.push({ value: text.slice(i, end), quoted: false, ...(key ? { key } : {}) });
    i = end;
  }
  return tokens;
}

/**
 * Fills options from text: `key:value` first, then the remaining words in option order. An optional integer or
 * boolean option that does not fit the next word is skipped; a `format: "cron"` option takes up to 6 cron fields;
 * the last string option takes the rest of the text. The result is validated (see validateArguments).
 */
export function parseArguments(text: string, options: Readonly<Record<string, OptionSpec>>): Record<string, ArgValue> {
  const names = Object.keys(options);
  const tokens = tokenize(text, new Set(names));
  const values: Record<string, ArgValue> = {};
  for (const token of tokens) if (token.key) values[token.key] = token.value;
  const words = tokens.filter((token) => !token.key);
  const open = names.filter((name) => !(name in values));
  let w = 0;
  for (let o = 0; o < open.length && w < words.length; o++) {
    const name = open[o] as string;
    const option = options[name] as OptionSpec;
    const word = words[w] as ArgumentToken;
    if (option.type === "integer") {
      if (INTEGER.test(word.value)) {
        values[name] = word.value;
        w++;
      } else if (option.required) {
        values[name] = word.value; // validation explains it
        w++;
      }
      continue;
    }
    if (option.type === "boolean") {
      if (word.value.toLowerCase() in BOOLEAN || option.required) {
        values[name] = word.value;
        w++;
      }
      continue;
    }
    if (option.format === "cron" && !word.quoted) {
      const fields: string[] = [];
      while (w < words.length && fields.length < 6 && !words[w]?.quoted && CRON_FIELD.test(words[w]?.value ?? "")) {
        fields.push((words[w] as ArgumentToken).value);
        w++;
      }
      if (fields.length === 0) fields.push((words[w++] as ArgumentToken).value);
      values[name] = fields.join(" ");
      continue;
    }
    const isLastString = open.slice(o + 1).every((next) => options[next]?.type !== "string");
    if (isLastString && words.length - w > 1) {
      values[name] = words
        .slice(w)
        .map((t) => t.value)
        .join(" ");
      w = words.length;
    } else {
      values[name] = word.value;
      w++;
    }
  }
  if (w < words.length) {
    const extra = words
      .slice(w)
      .map((t) => t.value)
      .join(" ");
    throw userError("args.notUnderstood", { text: extra });
  }
  return validateArguments(values, options);
}

/** Checks and converts values (from text or from a platform's typed options): required, integers and ranges, choices. */
export function validateArguments(
  values: Readonly<Record<string, string | number | boolean | undefined>>,
  options: Readonly<Record<string, OptionSpec>>,
): Record<string, ArgValue> {
  const result: Record<string, ArgValue> = {};
  for (const [name, option] of Object.entries(options)) {
    const raw = values[name];
    if (raw === undefined || raw === "") {
      if (option.required) throw userError("args.missing", { name });
      continue;
    }
    result[name] = convert(name, option, raw);
  }
  const unknown = Object.keys(values).filter((name) => !(name in options));
  if (unknown.length > 0) throw userError("args.unknownOption", { names: unknown.map((n) => `${n}:`).join(", ") });
  return result;
}

function convert(name: string, option: OptionSpec, raw: string | number | boolean): ArgValue {
  const text = String(raw).trim();
  switch (option.type) {
    case "integer": {
      const value = typeof raw === "number" ? raw : INTEGER.test(text) ? Number(text) : Number.NaN;
      if (!Number.isSafeInteger(value)) throw userError("args.notInteger", { name, text });
      const { min, max } = option;
      if (min !== undefined && max !== undefined && (value < min || value > max)) {
        throw userError("args.between", { name, min, max, value });
      }
      if (min !== undefined && value < min) throw userError("args.atLeast", { name, min, value });
      if (max !== undefined && value > max) throw userError("args.atMost", { name, max, value });
      return value;
    }
    case "boolean": {
      if (typeof raw === "boolean") return raw;
      const value = BOOLEAN[text.toLowerCase()];
      if (value === undefined) throw userError("args.notBoolean", { name, text });
      return value;
    }
    case "string": {
      if (option.choices) {
        const choice = option.choices.find((c) => c.toLowerCase() === text.toLowerCase());
        if (!choice) throw userError("args.notChoice", { name, choices: option.choices.join(", "), text });
        return choice;
      }
      if (option.maxLength !== undefined && text.length > option.maxLength) {
        throw userError("args.tooLong", { name, count: option.maxLength });
      }
      return text;
    }
  }
}
