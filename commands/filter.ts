import {
  defineCommand,
  describeSubscription,
  FILTER_LIMITS,
  requireAdmin,
  type Subscription,
  textMessage,
  UserError,
} from "../src/index.js";

/** The entries of "ukraine, climate change, /storms?/": comma-separated, or one /regex/ (which may hold commas). */
function entriesOf(text: string): string[] {
  const trimmed = text.trim();
  if (/^\/.+\/i?$/s.test(trimmed)) return [trimmed];
  return trimmed
    .split(",")
    .map((entry) => entry.trim().replace(/^["“”«»]+|["“”«»]+$/g, ""))
    .filter((entry) => entry.length > 0);
}

/** /filter include|exclude|list|clear [words]: keyword filters for this chat's digests and /latest. */
export default defineCommand({
  name: "filter",
  options: {
    action: { type: "string", choices: ["list", "include", "exclude", "clear"] },
    words: { type: "string" },
  },
  example: "/filter exclude football, /transfer (news|rumou?rs)/",
  async run({ args, services, channel, invoker, reply }) {
    const action = args.action ?? "list";
    if (action !== "list") requireAdmin({ invoker }, "change filters");
    const current = await services.subscriptions.get(channel);
    if (!current)
      throw new UserError("Filters belong to a subscription, and this chat has none yet. Start one with /subscribe world");
    if (action === "clear") {
      await services.subscriptions.clearFilters(channel);
      await reply(textMessage("Filters cleared: every story about this chat's topics goes through."));
      return;
    }
    if (action === "include" || action === "exclude") {
      const entries = entriesOf(args.words ?? "");
      if (entries.length === 0) throw new UserError(`Which words? e.g. /filter ${action} ukraine, "climate change", /storms?/`);
      const updated = await services.subscriptions.addFilters(channel, action, entries);
      await reply(listMessage(updated, "Filters updated."));
      return;
    }
    await reply(listMessage(current));
  },
});

/** The subscription with its filter lines, or a plain "no filters" answer. */
function listMessage(subscription: Subscription, title?: string) {
  const { include = [], exclude = [] } = subscription.filters ?? {};
  if (include.length === 0 && exclude.length === 0) {
    return textMessage(`${title ? `✅ ${title} ` : ""}No filters: every story about this chat's topics goes through.`);
  }
  return describeSubscription(subscription, title, [
    `At most ${FILTER_LIMITS.entries} per list; words and phrases ignore case and accents; /regex/ uses RE2 syntax.`,
  ]);
}
