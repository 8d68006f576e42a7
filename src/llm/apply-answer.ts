/** Builds the brief from the model's answer and the rule-based brief: the guard decides, part by part. */
import type { ArticleInput, LlmReport, PartSource, Summary } from "../types.js";
import { type ArticleFacts, articleFacts, checkSentence } from "./guard/check-sentence.js";
import type { ModelAnswer } from "./parse-answer.js";

const MAX_HEADLINE_WORDS = 20;
const MAX_KEY_QUOTES = 3;
const MAX_KEY_FIGURES = 3;

/**
 * The brief the reader gets: the model's headline, lede and points where the guard keeps them, the rules' otherwise;
 * quotes and figures always the rules' (with their offsets), only their `key` flags chosen by the model.
 */
export function applyAnswer(article: ArticleInput, rules: Summary, answer: ModelAnswer, cached: boolean): Summary {
  const facts = articleFacts(article);
  const dropped: LlmReport["dropped"] = [];
  const keep = (part: "headline" | "lede" | "point", text: string | undefined): text is string => {
    if (text === undefined) return false;
    const verdict = guard(part, text, facts);
    if (!verdict.ok) dropped.push({ part, text, reason: verdict.reason });
    return verdict.ok;
  };
  const headline = keep("headline", answer.headline) ? answer.headline : undefined;
  const lede = keep("lede", answer.lede) ? answer.lede : undefined;
  const points = answer.points.filter((point) => keep("point", point) && point !== lede);
  const keyQuotes = pickIndexes(answer.keyQuotes, (i) => rules.quotes[i]?.speaker != null, MAX_KEY_QUOTES);
  const keyFigures = pickIndexes(answer.keyFigures, (i) => rules.figures[i] !== undefined, MAX_KEY_FIGURES);
  const source = {
    headline: (headline ? "llm" : "rules") as PartSource,
    lede: (lede ? "llm" : "rules") as PartSource,
    points: (points.length > 0 ? points : rules.points).map((): PartSource => (points.length > 0 ? "llm" : "rules")),
    quotes: (keyQuotes ? "llm" : "rules") as PartSource,
    figures: (keyFigures ? "llm" : "rules") as PartSource,
  };
  const used = [source.headline, source.lede, source.quotes, source.figures, ...source.points].includes("llm");
  return {
    ...rules,
    headline: headline ?? rules.headline,
    lede: lede ?? rules.lede,
    points: points.length > 0 ? points : rules.points,
    quotes: keyQuotes ? rules.quotes.map((quote, i) => ({ ...quote, key: keyQuotes.has(i) })) : rules.quotes,
    figures: keyFigures ? rules.figures.map((figure, i) => ({ ...figure, key: keyFigures.has(i) })) : rules.figures,
    source,
    llm: { used, cached, dropped },
  };
}

/** The rule-based brief, every part marked "rules", with why the model's answer was not used. */
export function rulesBrief(rules: Summary, fallback: string, cached = false): Summary {
  return {
    ...rules,
    source: { headline: "rules", lede: "rules", points: rules.points.map(() => "rules"), quotes: "rules", figures: "rules" },
    llm: { used: false, fallback, cached, dropped: [] },
  };
}

function guard(part: "headline" | "lede" | "point", text: string, facts: ArticleFacts) {
  if (part === "headline" && text.split(/\s+/).length > MAX_HEADLINE_WORDS) {
    return { ok: false as const, reason: `longer than ${MAX_HEADLINE_WORDS} words` };
  }
  return checkSentence(text, facts);
}

/** The valid, distinct indexes the model chose (at most `max`), or undefined when it chose none that exist. */
function pickIndexes(chosen: readonly number[], exists: (index: number) => boolean, max: number): Set<number> | undefined {
  const picked = new Set([...new Set(chosen.filter(exists))].slice(0, max));
  return picked.size > 0 ? picked : undefined;
}
