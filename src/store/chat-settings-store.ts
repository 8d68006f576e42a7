/** ChatSettingsStore on keyv (memory, SQLite or Redis): one key per channel. */
import type Keyv from "keyv";
import type { ChatSettings, ChatSettingsStore } from "./ports.js";

/** Chat settings in one keyv namespace, `chat:<channel>` each (never listed, so no index). */
export class KeyvChatSettingsStore implements ChatSettingsStore {
  readonly #kv: Keyv;

  constructor(kv: Keyv) {
    this.#kv = kv;
  }

  async get(channel: ChatSettings["channel"]): Promise<ChatSettings | undefined> {
    return (await this.#kv.get<ChatSettings>(`chat:${channel}`)) ?? undefined;
  }

  async put(settings: ChatSettings): Promise<void> {
    await this.#kv.set(`chat:${settings.channel}`, settings);
  }
}
