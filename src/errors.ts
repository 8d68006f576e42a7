/** Errors with a meaning for the user or the delivery pipeline. */

/** A problem the user caused (bad argument, unknown topic): shown to them verbatim. */
export class UserError extends Error {
  override name = "UserError";
}

/** A failed send to a chat. `permanent` means retrying cannot help (bot removed, chat gone). */
export class DeliveryError extends Error {
  override name = "DeliveryError";
  readonly permanent: boolean;
  constructor(message: string, options: { permanent: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.permanent = options.permanent;
  }
}

/** Why a network read or a parse of fetched content failed; `message` is meant for an admin. */
export type IngestErrorCode =
  | "bad-url"
  | "private-address"
  | "dns"
  | "connect"
  | "timeout"
  | "too-large"
  | "too-many-redirects"
  | "http-status"
  | "bad-content"
  | "parse";

/** A refused or failed fetch, or content that could not be read. */
export class IngestError extends Error {
  override name = "IngestError";
  readonly code: IngestErrorCode;
  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
