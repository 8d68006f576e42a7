import type { Quote } from "../../types.js";
import type { TextLayout } from "../spans.js";

/** Finds every direct quotation in the cleaned text, in text order, each with its speaker. */
export function findQuotes(_layout: TextLayout): Quote[] {
  return [];
}
