/** Reads the model's answer defensively: any text in, the fields it got right out, or why none could be read. */
import { z } from "zod";

/** The model's answer, each field present only when it had the right shape. */
export interface ModelAnswer {
  headline?: string;
  lede?: string;
  points: string[];
  keyQuotes: number[];
  keyFigures: number[];
}

const text = z.string().trim().min(1).max(400);
const indexes = z
  .array(z.unknown())
  .transform((items) => items.filter((item): item is number => Number.isInteger(item) && (item as number) >= 0));
// Every field is optional and read alone: a wrong headline does not cost the points. Unknown keys are ignored.
const shape = z.object({
  headline: text.optional().catch(undefined),
  lede: text.max(600).optional().catch(undefined),
  points: z
    .array(z.unknown())
    .transform((items) => items.flatMap((item) => (typeof item === "string" && item.trim() ? [item.trim()] : [])))
    .catch([]),
  key_quotes: indexes.catch([]),
  key_figures: indexes.catch([]),
});

/** Parses an answer; `{ error }` when it holds no JSON object. Code fences and text around the object are tolerated. */
export function parseAnswer(content: string): ModelAnswer | { error: string } {
  const value = readJsonObject(content);
  if (value === undefined) return { error: "malformed answer: no JSON object" };
  const parsed = shape.safeParse(value);
  if (!parsed.success) return { error: "malformed answer: not a brief" };
  const { headline, lede, points, key_quotes, key_figures } = parsed.data;
  return {
    ...(headline ? { headline } : {}),
    ...(lede ? { lede } : {}),
    points: points.filter((point) => point.length <= 400).slice(0, 6),
    keyQuotes: key_quotes,
    keyFigures: key_figures,
  };
}

function readJsonObject(content: string): Record<string, unknown> | undefined {
  const attempts = [content.trim(), content.slice(content.indexOf("{"), content.lastIndexOf("}") + 1)];
  for (const attempt of attempts) {
    try {
      const value: unknown = JSON.parse(attempt);
      if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // Try the next reading.
    }
  }
  return undefined;
}
