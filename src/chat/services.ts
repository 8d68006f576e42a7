/** What commands may use: the core's services, handed to every command by the dispatcher. */
import type { AlertAdmin } from "../alerts/alert-admin.js";
import type { Language } from "../i18n/languages.js";
import type { ArticleStore, ChatSettingsStore, FeedState, Subscription } from "../store/ports.js";
import type { Summary } from "../types.js";
import type { OutgoingMessage } from "./message.js";
import type { ChannelKey } from "./platform.js";

/** An article briefed on demand (`/summarize`). */
export interface BriefedPage {
  url: string;
  title: string;
  publishedAt: string | null;
  summary: Summary;
}

/** The admin's view of the feeds newsbrief follows. */
export interface FeedAdmin {
  /** Follows a feed (its first fetch stores items and delivers none); throws UserError when it cannot be read. */
  add(url: string, now: Date, details?: { htmlUrl?: string }): Promise<FeedState>;
  /** Stops following a feed; false when it was not followed. */
  remove(url: string): Promise<boolean>;
  list(): Promise<FeedState[]>;
  /** Pauses or resumes polling (resuming re-enables a disabled feed); throws UserError for an unknown feed. */
  setPaused(url: string, paused: boolean, now: Date): Promise<FeedState>;
}

/** A channel's subscription, as admins change it through commands. Validation failures are UserErrors. */
export interface SubscriptionAdmin {
  get(channel: ChannelKey): Promise<Subscription | undefined>;
  /** Adds a topic (creating the subscription), optionally setting its schedule and timezone. */
  subscribe(
    channel: ChannelKey,
    request: { topic: string; schedule?: string; timezone?: string },
    now: Date,
  ): Promise<Subscription>;
  /** Removes one topic, or everything with "all"; returns what is left (undefined when nothing). */
  unsubscribe(channel: ChannelKey, topic: string): Promise<Subscription | undefined>;
  setSchedule(channel: ChannelKey, schedule: string, timezone?: string): Promise<Subscription>;
  /** Sets quiet hours ("HH:MM" in the subscription's timezone), or clears them with null. */
  setQuiet(channel: ChannelKey, quiet: { from: string; to: string } | null): Promise<Subscription>;
  /** Adds entries to the include or exclude filter list (each checked; UserError on a bad one or too many). */
  addFilters(channel: ChannelKey, list: "include" | "exclude", entries: readonly string[]): Promise<Subscription>;
  /** Removes every filter. */
  clearFilters(channel: ChannelKey): Promise<Subscription>;
}

/** Digests seen from a command. */
export interface DigestPreview {
  /** What the channel's next digest would hold if it were sent now (nothing is recorded), in `language` if given. */
  preview(channel: ChannelKey, now: Date, language?: Language): Promise<OutgoingMessage[]>;
  /** How many stories that digest would hold now. */
  count(channel: ChannelKey, now: Date): Promise<number>;
}

/** Everything a command can reach. */
export interface Services {
  articles: ArticleStore;
  subscriptions: SubscriptionAdmin;
  digests: DigestPreview;
  feeds: FeedAdmin;
  /** Per-chat settings (the /language choice and the locale last seen there). */
  chats: ChatSettingsStore;
  /** Personal alerts of private chats (/alert, /alerts). */
  alerts: AlertAdmin;
  /** Fetches and briefs one page; throws UserError when the page cannot be read. */
  summarizeUrl(url: string): Promise<BriefedPage>;
  /** Built-in topic sections, in display order (free keywords are also accepted). */
  topics: readonly string[];
  /** Timezone of new subscriptions when none is given. */
  defaultTimezone: string;
  /** Schedule of new subscriptions when none is given (cron). */
  defaultSchedule: string;
}
