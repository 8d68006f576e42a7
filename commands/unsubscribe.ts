import { defineCommand, describeSubscription, textMessage } from "../src/index.js";

/** /unsubscribe <topic|all>: stops digests about a topic, or all of them. */
export default defineCommand({
  name: "unsubscribe",
  admin: true,
  options: { topic: { type: "string", required: true, autocomplete: "topics" } },
  example: "/unsubscribe world",
  async run({ args, services, channel, reply, t }) {
    const left = await services.subscriptions.unsubscribe(channel, args.topic);
    await reply(
      left
        ? describeSubscription(left, t("unsubscribe.done", { topic: args.topic.trim().toLowerCase() }), [], t)
        : textMessage(t("unsubscribe.all")),
    );
  },
});
