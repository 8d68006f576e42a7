/** Alerts as users change them through /alert and /alerts: validation, the 10-alert cap, resuming paused alerts. */
import type { ChannelKey } from "../chat/platform.js";
import { userError } from "../i18n/translate.js";
import type { AlertStore, AlertUser } from "../store/alert-store.js";
import { KeyedLock } from "../store/keyed-lock.js";
import { MAX_ALERTS, MAX_TERM_CHARS } from "./alert-text.js";
import { alertKey } from "./match-alerts.js";

/** What an alert change did. */
export interface AlertChange {
  user: AlertUser | undefined;
  /** The term as stored (the user's spelling, spaces collapsed). */
  term: string;
  /** True when the change turned paused alerts on again. */
  resumed: boolean;
}

/** The alert commands' view of the store. */
export interface AlertAdmin {
  get(channel: ChannelKey): Promise<AlertUser | undefined>;
  /** Adds a term (UserError when empty, too long, a duplicate or past the cap); resumes paused alerts. */
  add(channel: ChannelKey, term: string, now: Date): Promise<AlertChange>;
  /** Removes a term (UserError when there is none like it); resumes paused alerts. */
  remove(channel: ChannelKey, term: string): Promise<AlertChange>;
  /** Turns paused alerts on again (a user who blocked the bot wrote to it again); true when they were paused. */
  resume(channel: ChannelKey): Promise<boolean>;
}

/** Creates the {@link AlertAdmin} over a store. */
export function createAlertAdmin(store: AlertStore): AlertAdmin {
  // One change of a user's list at a time here; a user types in one chat, so instances rarely meet on one list.
  const lock = new KeyedLock();

  function cleaned(term: string): string {
    const text = term.trim().replace(/\s+/g, " ");
    if (!text) throw userError("alert.emptyTerm");
    if (text.length > MAX_TERM_CHARS) throw userError("alert.tooLong", { max: MAX_TERM_CHARS });
    if (!alertKey(text)) throw userError("alert.noWords", { term: text });
    return text;
  }

  return {
    get: (channel) => store.get(channel),

    add(channel, term, now) {
      const text = cleaned(term);
      return lock.run(channel, async () => {
        const current = await store.get(channel);
        const terms = current?.terms ?? [];
        const known = terms.find((t) => alertKey(t) === alertKey(text));
        if (known) throw userError("alert.duplicate", { term: known });
        if (terms.length >= MAX_ALERTS) throw userError("alert.full", { max: MAX_ALERTS });
        const user: AlertUser = { channel, terms: [...terms, text], createdAt: current?.createdAt ?? now.toISOString() };
        await store.put(user);
        return { user, term: text, resumed: current?.paused === true };
      });
    },

    remove(channel, term) {
      const text = term.trim().replace(/\s+/g, " ");
      if (!text) throw userError("alert.emptyOff");
      return lock.run(channel, async () => {
        const current = await store.get(channel);
        const known = current?.terms.find((t) => alertKey(t) === alertKey(text));
        if (!current || !known) throw userError("alert.notFound", { term: text });
        const { paused: _p, pausedReason: _r, ...active } = current;
        const user: AlertUser = { ...active, terms: current.terms.filter((t) => t !== known) };
        await store.put(user);
        return { user: user.terms.length > 0 ? user : undefined, term: known, resumed: current.paused === true };
      });
    },

    resume(channel) {
      return lock.run(channel, async () => {
        const current = await store.get(channel);
        if (!current?.paused) return false;
        const { paused: _p, pausedReason: _r, ...active } = current;
        await store.put(active);
        return true;
      });
    },
  };
}
