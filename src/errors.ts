/** Errors with a meaning for the user or the delivery pipeline. */

/** A catalogue key and its values: how a UserError is shown in another language. */
export interface UserErrorTranslation {
  key: string;
  vars?: Readonly<Record<string, string | number>>;
}

/** A problem the user caused (bad argument, unknown topic): shown to them verbatim. */
export class UserError extends Error {
  override name = "UserError";
  /** Set by `userError(key, vars)`: the catalogue message the dispatcher shows in the chat's language. */
  readonly translation?: UserErrorTranslation;
  constructor(message: string, options?: { cause?: unknown; translation?: UserErrorTranslation }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    if (options?.translation) this.translation = options.translation;
  }
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
