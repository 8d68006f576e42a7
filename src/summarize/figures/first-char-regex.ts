/**
 * Splits a long alternation of regex sources by the character each alternative can start with, so a sticky match
 * at one offset only tries the alternatives that could match there. Same result as the whole alternation:
 * alternatives keep their order, and any source too complex to read is tried for every character.
 */

/** A sticky regex over some of the sources, and which of the sources (by index) its capture groups stand for. */
export interface SourceSubset {
  re: RegExp;
  indices: number[];
}

const EMPTY = "";

/** Index of the `)` closing the group opened at `open`, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i;
    else if (ch === "[") return -1;
  }
  return -1;
}

/** Index of the `]` closing the character class opened at `open` (the end of the source when unclosed). */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  return source.length;
}

/** The top-level alternatives of a source. */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (ch === "[") i = classEnd(source, i);
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** The characters a source can start with ("" when it can match nothing), or null when it cannot tell. */
export function firstChars(source: string): Set<string> | null {
  const chars = new Set<string>();
  for (const alternative of alternatives(source)) {
    const first = sequenceFirst(alternative);
    if (!first) return null;
    for (const ch of first) chars.add(ch);
  }
  // A source that can match nothing could match before any character.
  return chars.has(EMPTY) ? null : chars;
}

function sequenceFirst(sequence: string): Set<string> | null {
  if (sequence === "") return new Set([EMPTY]);
  let atom: Set<string> | null;
  let end: number;
  if (sequence.startsWith("(?:")) {
    end = closingParen(sequence, 0) + 1;
    if (end === 0) return null;
    atom = firstChars(sequence.slice(3, end - 1));
  } else if (sequence[0] === "\\") {
    const escaped = sequence[1];
    if (escaped === undefined || /[\w]/.test(escaped)) return null;
    atom = new Set([escaped]);
    end = 2;
  } else {
    const ch = sequence.codePointAt(0) as number;
    const literal = String.fromCodePoint(ch);
    if ("[]().*+?{}^$|".includes(literal)) return null;
    atom = new Set([literal]);
    end = literal.length;
  }
  if (!atom || sequence[end] === "{") return null;
  const optional = sequence[end] === "?" || sequence[end] === "*";
  if (optional) end++;
  if (!optional && !atom.has(EMPTY)) return atom;
  const rest = sequenceFirst(sequence.slice(end));
  if (!rest) return null;
  const chars = new Set(atom);
  chars.delete(EMPTY);
  for (const ch of rest) chars.add(ch);
  return chars;
}

/**
 * For each ASCII character (by code), the regex over the sources that can start with it, or null when none can
 * (compared without regard to case when `ignoreCase`); `build` turns the chosen sources into the regex.
 */
export function firstCharSubsets(
  sources: readonly string[],
  ignoreCase: boolean,
  build: (indices: number[]) => RegExp,
): (SourceSubset | null)[] {
  const firsts = sources.map((source) => {
    const chars = firstChars(source);
    return chars && ignoreCase ? new Set([...chars].flatMap((ch) => [ch.toLowerCase(), ch.toUpperCase().toLowerCase()])) : chars;
  });
  const table: (SourceSubset | null)[] = [];
  const shared = new Map<string, SourceSubset>();
  for (let code = 0; code < 128; code++) {
    const ch = String.fromCharCode(code);
    const key = ignoreCase ? ch.toLowerCase() : ch;
    const indices = firsts.flatMap((chars, i) => (chars === null || chars.has(key) ? [i] : []));
    if (indices.length === 0) {
      table.push(null);
      continue;
    }
    const id = indices.join(",");
    let subset = shared.get(id);
    if (!subset) {
      subset = { re: build(indices), indices };
      shared.set(id, subset);
    }
    table.push(subset);
  }
  return table;
}
