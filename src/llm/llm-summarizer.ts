/** The LLM summarizer: the rule-based brief, improved by the model where the guard lets it, never worse. */
import pLimit from "p-limit";
import { summarize } from "../summarize/index.js";
import type { ArticleInput, Summary } from "../types.js";
import type { AnswerCache } from "./answer-cache.js";
import { answerKey } from "./answer-cache.js";
import { applyAnswer, rulesBrief } from "./apply-answer.js";
import { candidatesOf, systemPrompt, userMessage } from "./brief-prompt.js";
import { type ChatAnswer, type ChatModel, ChatModelError, type TokenUsage } from "./chat-model.js";
import { parseAnswer } from "./parse-answer.js";
import type { TokenBudget } from "./token-budget.js";

/** What the LLM summarizer is built from. */
export interface LlmSummarizerOptions {
  model: ChatModel;
  cache: AnswerCache;
  budget: TokenBudget;
  /** Calls in flight at once (LLM_MAX_CONCURRENCY). */
  maxConcurrency: number;
  /** The language briefs are written in; undefined: the article's. */
  language?: string;
  /** Told the tokens of every call made (for /metrics, when it exists). */
  onTokens?: (usage: TokenUsage & { model: string }) => void;
  /** Told why a call failed (logs). */
  onFailure?: (error: ChatModelError | Error) => void;
  clock?: () => Date;
}

/** Briefs an article: one model call per distinct article (cached), every failure falling back to the rules. */
export function createLlmSummarizer(options: LlmSummarizerOptions): (article: ArticleInput) => Promise<Summary> {
  const limit = pLimit(options.maxConcurrency);
  const clock = options.clock ?? (() => new Date());
  // The same article asked twice at once (two feeds) makes one call.
  const inFlight = new Map<string, Promise<ChatAnswer | string>>();

  const ask = async (article: ArticleInput, key: string, rules: Summary): Promise<ChatAnswer | string> => {
    if (await options.budget.spent(clock()).catch(() => false)) return "daily token budget spent";
    try {
      const answer = await limit(() =>
        options.model.complete({
          system: systemPrompt(options.language),
          user: userMessage(article, candidatesOf(rules)),
        }),
      );
      // Estimated from the text's length (about 4 characters a token) when the server reports no usage.
      const total = answer.usage?.total ?? Math.ceil((article.text.length + answer.content.length) / 4);
      await options.budget.record(total, clock()).catch(() => undefined);
      options.onTokens?.({ ...(answer.usage ?? { prompt: total, completion: 0, total }), model: options.model.model });
      await options.cache.set(key, answer);
      return answer;
    } catch (error) {
      options.onFailure?.(error as Error);
      return error instanceof ChatModelError ? error.kind : "model call failed";
    }
  };

  return async (article) => {
    const rules = summarize(article);
    const key = answerKey(article, options.model.model, options.language);
    const cached = await options.cache.get(key);
    let answer: ChatAnswer | string | undefined = cached;
    if (!answer) {
      let pending = inFlight.get(key);
      if (!pending) {
        pending = ask(article, key, rules).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      answer = await pending;
    }
    if (typeof answer === "string") return rulesBrief(rules, answer);
    const parsed = parseAnswer(answer.content);
    if ("error" in parsed) return rulesBrief(rules, parsed.error, cached !== undefined);
    return applyAnswer(article, rules, parsed, cached !== undefined);
  };
}
