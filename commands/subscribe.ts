import { defineCommand, describeNextDigest, describeSubscription } from "../src/index.js";

/** /subscribe <topic> [schedule] [timezone]: this chat gets digests about a topic. */
export default defineCommand({
  name: "subscribe",
  admin: true,
  options: {
    topic: { type: "string", required: true, autocomplete: "topics" },
    schedule: { type: "string", format: "cron" },
    timezone: { type: "string" },
  },
  example: '/subscribe world "0 8 * * *" Europe/Paris',
  async run({ args, services, channel, reply, now, t, language }) {
    const subscription = await services.subscriptions.subscribe(
      channel,
      {
        topic: args.topic,
        ...(args.schedule ? { schedule: args.schedule } : {}),
        ...(args.timezone ? { timezone: args.timezone } : {}),
      },
      now,
    );
    const stories = await services.digests.count(channel, now);
    await reply(
      describeSubscription(
        subscription,
        t("subscribe.done", { topic: args.topic.trim().toLowerCase() }),
        [describeNextDigest(subscription, now, stories, t, language)],
        t,
      ),
    );
  },
});
