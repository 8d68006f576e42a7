/** The model's answers kept in the store, keyed by a hash of what was asked: one call per article for every instance. */
import { createHash } from "node:crypto";
import type Keyv from "keyv";
import type { ArticleInput } from "../types.js";
import { PROMPT_VERSION } from "./brief-prompt.js";
import type { ChatAnswer } from "./chat-model.js";

const KEEP_MS = 30 * 24 * 60 * 60_000;

/** Stored answers; a store failure reads as a miss (the call is made again), never as a failed brief. */
export interface AnswerCache {
  get(key: string): Promise<ChatAnswer | undefined>;
  set(key: string, answer: ChatAnswer): Promise<void>;
}

/** The cache key of an article for a model and language: a hash of the text, title and prompt version. */
export function answerKey(article: ArticleInput, model: string, language: string | undefined): string {
  const asked = JSON.stringify([PROMPT_VERSION, model, language ?? "", article.title ?? "", article.text]);
  return createHash("sha256").update(asked).digest("base64url");
}

/** A cache on one keyv namespace of the stores (shared by every instance on the same backend). */
export function createAnswerCache(keyv: Keyv): AnswerCache {
  return {
    async get(key) {
      try {
        return (await keyv.get<ChatAnswer>(key)) ?? undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, answer) {
      try {
        await keyv.set(key, answer, KEEP_MS);
      } catch {
        // Not cached: the next brief of this article asks again.
      }
    },
  };
}
