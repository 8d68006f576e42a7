import type { Block } from "../src/index.js";
import { defineCommand, describeSubscription } from "../src/index.js";

/** /topics: this chat's subscription and the built-in topics. */
export default defineCommand({
  name: "topics",
  async run({ services, channel, reply, t }) {
    const subscription = await services.subscriptions.get(channel);
    const blocks: Block[] = subscription
      ? [{ type: "heading", text: t("topics.heading") }, ...describeSubscription(subscription, undefined, [], t).blocks]
      : [{ type: "text", text: t("topics.none") }];
    blocks.push(
      { type: "heading", text: t("topics.builtIn") },
      { type: "text", text: t("topics.list", { topics: services.topics.join(", ") }) },
    );
    await reply({ blocks });
  },
});
