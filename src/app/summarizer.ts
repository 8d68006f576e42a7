/** The summarizer the app uses: the rule-based core, or (SUMMARIZER=llm) the model checked against the article. */
import type { Logger } from "../chat/logger.js";
import type { SummarizerConfig } from "../config.js";
import type { TokenUsage } from "../llm/chat-model.js";
import type { Stores } from "../store/open-store.js";
import { summarize } from "../summarize/index.js";
import type { ArticleInput, Summary } from "../types.js";

/** Article in, brief out; what /summarize, ingestion (and so digests) and `newsbrief summarize` call. */
export type Summarizer = (article: ArticleInput) => Summary | Promise<Summary>;

/** Hooks for the composition root: logs, and token counts (for /metrics when it exists). */
export interface SummarizerHooks {
  log?: Logger;
  onTokens?: (usage: TokenUsage & { model: string }) => void;
}

/** Builds the configured summarizer; the `openai` client is loaded only for SUMMARIZER=llm. */
export async function createSummarizer(
  config: SummarizerConfig,
  stores: Pick<Stores, "keyv" | "shared">,
  hooks: SummarizerHooks = {},
): Promise<Summarizer> {
  if (config.kind === "rules") return summarize;
  const [{ createOpenAiChatModel }, { createLlmSummarizer }, { createAnswerCache }, { createTokenBudget }] = await Promise.all([
    import("../llm/openai-chat-model.js"),
    import("../llm/llm-summarizer.js"),
    import("../llm/answer-cache.js"),
    import("../llm/token-budget.js"),
  ]);
  return createLlmSummarizer({
    model: createOpenAiChatModel({
      baseUrl: config.baseUrl,
      model: config.model,
      timeoutMs: config.timeoutMs,
      ...(config.apiKey ? { apiKey: config.apiKey } : {}),
    }),
    cache: createAnswerCache(stores.keyv("llm-answers")),
    budget: createTokenBudget(stores.shared, config.dailyTokens),
    maxConcurrency: config.maxConcurrency,
    ...(config.language ? { language: config.language } : {}),
    ...(hooks.onTokens ? { onTokens: hooks.onTokens } : {}),
    onFailure: (error) => hooks.log?.warn("LLM brief fell back to the rules", { error: error.message }),
  });
}
