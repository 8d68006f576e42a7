/** Discord API failures → DeliveryError, telling retryable from permanent. */
import { DiscordAPIError, RESTJSONErrorCodes } from "discord.js";
import { DeliveryError } from "../../src/index.js";

// Codes after which retrying cannot help: the bot lost the channel, the server or its rights there.
// https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
const PERMANENT_CODES = new Set<number>([
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.UnknownGuild,
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  RESTJSONErrorCodes.ThreadLocked,
]);

/** True when a Discord error means the bot can no longer post there. */
export function isPermanentDiscordError(error: unknown): boolean {
  return error instanceof DiscordAPIError && typeof error.code === "number" && PERMANENT_CODES.has(error.code);
}

/** Wraps any send failure as a DeliveryError (permanent for missing access, missing permissions, unknown channel). */
export function toDeliveryError(error: unknown, channelId: string): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const permanent = isPermanentDiscordError(error);
  const reason = error instanceof Error ? error.message : String(error);
  const code = error instanceof DiscordAPIError ? ` (code ${error.code}, HTTP ${error.status})` : "";
  return new DeliveryError(`Discord channel ${channelId}: ${reason}${code}`, { permanent, cause: error });
}
