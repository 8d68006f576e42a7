/** Every user-visible string of personal alerts, in one place (for the message catalogue). */

/** The most alerts one user may have. */
export const MAX_ALERTS = 10;
/** The most alert messages one user gets per day (then one summary line). */
export const MAX_ALERTS_PER_DAY = 20;
/** The longest alert term accepted. */
export const MAX_TERM_CHARS = 80;

/** The texts of /alert, /alerts and alert messages. */
export const ALERT_TEXT = {
  privateOnly: "Alerts work in a private chat with the bot: open a private chat with me and type /alert there.",
  emptyTerm: "Say whom or what to watch, e.g. /alert Okafor or /alert climate change",
  emptyOff: "Say which alert to remove, e.g. /alert off Okafor (see /alerts)",
  noWords: (term: string) => `“${term}” has no letters or digits to match. Try a name or a keyword, e.g. /alert Okafor`,
  tooLong: (max: number) => `An alert is at most ${max} characters: a name or a few keywords.`,
  duplicate: (term: string) => `You already have an alert for “${term}”. See /alerts`,
  full: (max: number) => `You have ${max} alerts, the most allowed. Remove one first with /alert off <…> (see /alerts)`,
  added: (term: string, count: number, max: number) =>
    `Alert set for “${term}” (${count} of ${max}). I'll send you a brief as soon as a new story quotes that person or names it.`,
  resumed: "Your alerts were paused after a delivery failure; they are on again.",
  removed: (term: string, left: number) =>
    `Alert for “${term}” removed. ${left === 0 ? "You have no alerts left." : `${left} left.`}`,
  notFound: (term: string) => `You have no alert for “${term}”. See /alerts`,
  none: "You have no alerts. Set one with /alert <person or keyword>, e.g. /alert Okafor",
  listTitle: (count: number, max: number) => `Your alerts (${count} of ${max}):`,
  limits: (perDay: number) =>
    `At most ${perDay} alert messages a day; quiet hours (/quiet in this chat) send them without a notification.`,
  pausedReason: "I could not reach you (the bot was blocked or the chat is gone).",
  heading: (term: string) => `🔔 Alert: ${term}`,
  summary: (count: number, command: string) =>
    `🔔 ${count} more ${count === 1 ? "story" : "stories"} matched your alerts today; see ${command}. Alerts resume tomorrow.`,
} as const;
