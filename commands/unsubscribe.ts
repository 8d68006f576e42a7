import { defineCommand, describeSubscription, textMessage } from "../src/index.js";

/** /unsubscribe <topic|all>: stops digests about a topic, or all of them. */
export default defineCommand({
  name: "unsubscribe",
  description: "Stop digests about a topic, or all (admins)",
  admin: true,
  options: { topic: { type: "string", description: "A subscribed topic, or all", required: true, autocomplete: "topics" } },
  example: "/unsubscribe world",
  async run({ args, services, channel, reply }) {
    const left = await services.subscriptions.unsubscribe(channel, args.topic);
    await reply(
      left
        ? describeSubscription(left, `Unsubscribed from ${args.topic.trim().toLowerCase()}.`)
        : textMessage("This chat gets no more digests."),
    );
  },
});
