import { defineCommand, textMessage } from "../src/index.js";

/** /digest: previews what this chat's next digest would hold, now (nothing is recorded as sent). */
export default defineCommand({
  name: "digest",
  description: "Preview this chat's next digest now",
  async run({ services, channel, reply, now }) {
    const subscription = await services.subscriptions.get(channel);
    if (!subscription) {
      await reply(textMessage("This chat has no subscription, so no digest. An admin can start one: /subscribe world"));
      return;
    }
    const messages = await services.digests.preview(channel, now);
    if (messages.length === 0) {
      await reply(textMessage(`Nothing new about ${subscription.topics.join(", ")} since the last digest.`));
      return;
    }
    for (const message of messages) await reply(message);
  },
});
