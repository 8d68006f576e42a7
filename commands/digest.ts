import { defineCommand, textMessage } from "../src/index.js";

/** /digest: previews what this chat's next digest would hold, now (nothing is recorded as sent). */
export default defineCommand({
  name: "digest",
  async run({ services, channel, reply, now, t, language }) {
    const subscription = await services.subscriptions.get(channel);
    if (!subscription) {
      await reply(textMessage(t("digest.noSubscription")));
      return;
    }
    const messages = await services.digests.preview(channel, now, language);
    if (messages.length === 0) {
      const topics = subscription.topics.join(", ");
      await reply(
        textMessage(subscription.lastDigestAt ? t("digest.nothingNew", { topics }) : t("digest.nothingYet", { topics })),
      );
      return;
    }
    for (const message of messages) await reply(message);
  },
});
