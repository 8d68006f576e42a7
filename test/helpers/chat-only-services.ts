/** Services for tests of commands that use none: only the per-chat settings the dispatcher reads (in memory). */
import Keyv from "keyv";
import type { Services } from "../../src/index.js";
import { KeyvChatSettingsStore } from "../../src/store/chat-settings-store.js";

/** A Services whose only member is an in-memory chat settings store. */
export function chatOnlyServices(): Services {
  return { chats: new KeyvChatSettingsStore(new Keyv()) } as Partial<Services> as Services;
}
