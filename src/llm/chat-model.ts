/** The port to a chat-completions model: one request in, the answer's text and token counts out. */

/** Tokens one call used, as the server reports them. */
export interface TokenUsage {
  prompt: number;
  completion: number;
  total: number;
}

/** What the model answered. */
export interface ChatAnswer {
  content: string;
  /** Null when the server reports no usage. */
  usage: TokenUsage | null;
}

/** Why a call failed: each kind falls back to the rules the same way; the kind goes into the brief's report. */
export type ChatFailureKind = "timeout" | "rate-limited" | "server-error" | "refused" | "unreachable";

/** A failed call to the model (after the client's own retries). */
export class ChatModelError extends Error {
  override readonly name = "ChatModelError";
  /** Builds the error of one failed call. */
  constructor(
    readonly kind: ChatFailureKind,
    message: string,
  ) {
    super(message);
  }
}

/** A model answering one JSON object per request; throws ChatModelError when the call fails. */
export interface ChatModel {
  /** The model's name, part of the cache key. */
  readonly model: string;
  complete(request: { system: string; user: string }): Promise<ChatAnswer>;
}
