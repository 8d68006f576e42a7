import { defineCommand, describeNextDigest, describeSubscription } from "../src/index.js";

/** /subscribe <topic> [schedule] [timezone]: this chat gets digests about a topic. */
export default defineCommand({
  name: "subscribe",
  description: "Send this chat digests about a topic (admins)",
  admin: true,
  options: {
    topic: { type: "string", description: "A section (world, tech…) or any keyword", required: true, autocomplete: "topics" },
    schedule: { type: "string", description: "When digests go out, as cron, e.g. 0 8 * * *", format: "cron" },
    timezone: { type: "string", description: "IANA timezone, e.g. Europe/Paris" },
  },
  example: '/subscribe world "0 8 * * *" Europe/Paris',
  async run({ args, services, channel, reply, now }) {
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
      describeSubscription(subscription, `Subscribed to ${args.topic.trim().toLowerCase()}.`, [
        describeNextDigest(subscription, now, stories),
      ]),
    );
  },
});
