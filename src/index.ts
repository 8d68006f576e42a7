/** The core's public surface for commands/ and adapters/. */

export { articleBlocks, briefBlocks, formatAge, hostOf } from "./chat/format-brief.js";
export type { Block, OutgoingMessage } from "./chat/message.js";
export * from "./errors.js";
export { summarize } from "./summarize/index.js";
export type * from "./types.js";
