/** Telegram's error answers, read once: which mean "the bot can never post there again", which moved the chat. */
import { GrammyError, HttpError } from "grammy";
import { DeliveryError } from "../../src/errors.js";

// Descriptions Telegram answers when the chat is gone for good (https://core.telegram.org/api/errors, and the
// Bot API's wording: "Forbidden: bot was blocked by the user", "Forbidden: bot was kicked from the group chat",
// "Bad Request: chat not found", "Forbidden: user is deactivated", "Bad Request: message thread not found").
const GONE_400 =
  /chat not found|message thread not found|topic_deleted|topic_closed|not enough rights to send|have no rights to send|need administrator rights|chat_write_forbidden|group chat was deactivated|peer_id_invalid/i;

/** The new chat id when Telegram says the group became a supergroup, else undefined. */
export function migratedTo(error: unknown): number | undefined {
  if (!(error instanceof GrammyError)) return undefined;
  const to = error.parameters?.migrate_to_chat_id;
  return typeof to === "number" ? to : undefined;
}

/** True when retrying can never help: the bot was blocked, kicked or removed, or the chat (or topic) is gone. */
export function isPermanent(error: unknown): boolean {
  if (!(error instanceof GrammyError)) return false;
  if (error.error_code === 403) return true;
  return error.error_code === 400 && GONE_400.test(error.description);
}

/** Wraps a failed Bot API call as a DeliveryError (permanent when the chat is lost to the bot). */
export function toDeliveryError(error: unknown, where: string): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const permanent = isPermanent(error);
  const reason =
    error instanceof GrammyError
      ? error.description
      : error instanceof HttpError
        ? `network error: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
  return new DeliveryError(`Telegram refused the message to ${where}: ${reason}`, { permanent, cause: error });
}
