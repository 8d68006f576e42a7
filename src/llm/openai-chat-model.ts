/** The ChatModel on any OpenAI-compatible server, through the official `openai` client: the only file importing it. */
import OpenAI from "openai";
import { type ChatAnswer, type ChatModel, ChatModelError } from "./chat-model.js";

/** Where and how to reach the server. */
export interface OpenAiChatOptions {
  /** e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1 (Ollama). */
  baseUrl: string;
  model: string;
  /** Local servers take none. */
  apiKey?: string;
  /** The whole call's deadline, retries included. */
  timeoutMs: number;
  /** Retries of 429, 5xx and dropped connections, with the client's exponential backoff (honours Retry-After). */
  maxRetries?: number;
}

/** Creates the model client; nothing is sent until the first call. */
export function createOpenAiChatModel(options: OpenAiChatOptions): ChatModel {
  const client = new OpenAI({
    baseURL: options.baseUrl,
    // The client refuses to start without a key; local servers ignore it.
    apiKey: options.apiKey ?? "no-key",
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries ?? 2,
  });
  return {
    model: options.model,
    async complete({ system, user }): Promise<ChatAnswer> {
      try {
        const completion = await client.chat.completions.create(
          {
            model: options.model,
            messages: [
              { role: "system", content: system },
              { role: "user", content: user },
            ],
            response_format: { type: "json_object" },
            temperature: 0,
          },
          // Per attempt the client's `timeout`; this bounds all attempts and their backoff together.
          { signal: AbortSignal.timeout(options.timeoutMs) },
        );
        const usage = completion.usage;
        return {
          content: completion.choices?.[0]?.message?.content ?? "",
          usage: usage ? { prompt: usage.prompt_tokens, completion: usage.completion_tokens, total: usage.total_tokens } : null,
        };
      } catch (error) {
        throw asChatModelError(error);
      }
    },
  };
}

/** The failure kind of whatever the client threw. */
function asChatModelError(error: unknown): ChatModelError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof OpenAI.APIConnectionTimeoutError || error instanceof OpenAI.APIUserAbortError) {
    return new ChatModelError("timeout", "the model did not answer in time");
  }
  if (error instanceof OpenAI.RateLimitError) return new ChatModelError("rate-limited", `rate limited: ${message}`);
  if (error instanceof OpenAI.APIError && typeof error.status === "number") {
    return new ChatModelError(error.status >= 500 ? "server-error" : "refused", `HTTP ${error.status}: ${message}`);
  }
  if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new ChatModelError("timeout", "the model did not answer in time");
  }
  return new ChatModelError("unreachable", message);
}
