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
      const topics = subscription.topics.join(", ");
      await reply(
        textMessage(
          subscription.lastDigestAt
            ? `Nothing new about ${topics} since the last digest.`
            : `Nothing about ${topics} in the last 24 hours yet; the first digest takes what arrives until then.`,
        ),
      );
      return;
    }
    for (const message of messages) await reply(message);
  },
});
