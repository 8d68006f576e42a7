/** The spellings a boolean environment variable may take. */
export const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  "1": true,
  yes: true,
  false: false,
  "0": false,
  no: false,
};

/** "true"/"1"/"yes" → true, "false"/"0"/"no" → false, anything else (or nothing) → undefined. */
export function readBoolean(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : BOOLEAN_WORDS[value.trim().toLowerCase()];
}
