/** Offsets into the input text: every piece of a brief points back into its source. */

/** A half-open range [start, end) of UTF-16 offsets into the input text. */
export interface Span {
  start: number;
  end: number;
}

/** A sentence of the cleaned text, with the index of the paragraph it belongs to. */
export interface Sentence extends Span {
  paragraph: number;
}

/** The cleaned text as spans of the input: the paragraphs kept and their sentences. */
export interface TextLayout {
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
}
