/** The one parser of text arguments (Telegram and console): positional words, quoted strings and `key:value`. */
import { UserError } from "../errors.js";
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
      if (end === -1) throw new UserError(`A quote (${open}) is not closed.`);
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
    throw new UserError(`I did not understand “${extra}”.`);
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
      if (option.required) throw new UserError(`${name} is missing.`);
      continue;
    }
    result[name] = convert(name, option, raw);
  }
  const unknown = Object.keys(values).filter((name) => !(name in options));
  if (unknown.length > 0) throw new UserError(`Unknown option ${unknown.map((n) => `${n}:`).join(", ")}.`);
  return result;
}

function convert(name: string, option: OptionSpec, raw: string | number | boolean): ArgValue {
  const text = String(raw).trim();
  switch (option.type) {
    case "integer": {
      const value = typeof raw === "number" ? raw : INTEGER.test(text) ? Number(text) : Number.NaN;
      if (!Number.isSafeInteger(value)) throw new UserError(`${name} must be a whole number, not “${text}”.`);
      const { min, max } = option;
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        throw new UserError(`${name} must be ${rangeText(min, max)}, not ${value}.`);
      }
      return value;
    }
    case "boolean": {
      if (typeof raw === "boolean") return raw;
      const value = BOOLEAN[text.toLowerCase()];
      if (value === undefined) throw new UserError(`${name} must be yes or no, not “${text}”.`);
      return value;
    }
    case "string": {
      if (option.choices) {
        const choice = option.choices.find((c) => c.toLowerCase() === text.toLowerCase());
        if (!choice) throw new UserError(`${name} must be one of ${option.choices.join(", ")}, not “${text}”.`);
        return choice;
      }
      if (option.maxLength !== undefined && text.length > option.maxLength) {
        throw new UserError(`${name} must have at most ${option.maxLength} characters.`);
      }
      return text;
    }
  }
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return `at most ${max}`;
}
