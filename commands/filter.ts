import {
  defineCommand,
  describeSubscription,
  FILTER_LIMITS,
  type Subscription,
  type Translate,
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
  async run({ args, services, channel, invoker, reply, t }) {
    const action = args.action ?? "list";
    if (action !== "list" && !invoker.isAdmin) throw new UserError(t("filter.adminOnly"));
    const current = await services.subscriptions.get(channel);
    if (!current) throw new UserError(t("filter.noSubscription"));
    if (action === "clear") {
      await services.subscriptions.clearFilters(channel);
      await reply(textMessage(t("filter.cleared")));
      return;
    }
    if (action === "include" || action === "exclude") {
      const entries = entriesOf(args.words ?? "");
      if (entries.length === 0) throw new UserError(t("filter.which", { action }));
      const updated = await services.subscriptions.addFilters(channel, action, entries);
      await reply(listMessage(updated, t, t("filter.updated")));
      return;
    }
    await reply(listMessage(current, t));
  },
});

/** The subscription with its filter lines, or a plain "no filters" answer. */
function listMessage(subscription: Subscription, t: Translate, title?: string) {
  const { include = [], exclude = [] } = subscription.filters ?? {};
  if (include.length === 0 && exclude.length === 0) {
    return textMessage(`${title ? `✅ ${title} ` : ""}${t("filter.none")}`);
  }
  return describeSubscription(subscription, title, [t("filter.limits", { max: FILTER_LIMITS.entries })], t);
}
