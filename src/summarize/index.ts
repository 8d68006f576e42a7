/** The brief core: article text in, Summary out. */

export { layoutText } from "./layout-text.js";
export type { Sentence, Span, TextLayout } from "./spans.js";
export { summarize } from "./summarize.js";
