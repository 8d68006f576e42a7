import type { Figure } from "../../types.js";
import type { TextLayout } from "../spans.js";

/** Finds every quantity in the cleaned text, in text order, with its value, unit and label. */
export function findFigures(_layout: TextLayout): Figure[] {
  return [];
}
