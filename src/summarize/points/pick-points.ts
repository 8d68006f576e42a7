import type { TextLayout } from "../spans.js";

/** The lede (one sentence) and the key points (verbatim sentences, best first). */
export interface Points {
  lede: string;
  points: string[];
}

/** Picks the sentences that carry the story. */
export function pickPoints(layout: TextLayout): Points {
  const sentences = layout.sentences.map((s) => layout.text.slice(s.start, s.end));
  return { lede: sentences[0] ?? "", points: sentences.slice(0, 3) };
}
