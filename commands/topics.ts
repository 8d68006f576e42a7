import type { Block } from "../src/index.js";
import { defineCommand, describeSubscription } from "../src/index.js";

/** /topics: this chat's subscription and the built-in topics. */
export default defineCommand({
  name: "topics",
  description: "Show this chat's subscription and the topics you can follow",
  async run({ services, channel, reply }) {
    const subscription = await services.subscriptions.get(channel);
    const blocks: Block[] = subscription
      ? [{ type: "heading", text: "This chat's subscription" }, ...describeSubscription(subscription).blocks]
      : [{ type: "text", text: "This chat has no subscription yet. An admin can start one: /subscribe world" }];
    blocks.push(
      { type: "heading", text: "Built-in topics" },
      { type: "text", text: `${services.topics.join(", ")} — or any keyword, e.g. /subscribe "climate change"` },
    );
    await reply({ blocks });
  },
});
