import { defineCommand, describeSubscription } from "../src/index.js";

/** /schedule <cron> [timezone]: when this chat's digests go out. */
export default defineCommand({
  name: "schedule",
  admin: true,
  options: {
    cron: { type: "string", required: true, format: "cron" },
    timezone: { type: "string" },
  },
  example: "/schedule 0 8 * * * Europe/Paris",
  async run({ args, services, channel, reply, t }) {
    const subscription = await services.subscriptions.setSchedule(channel, args.cron, args.timezone);
    await reply(describeSubscription(subscription, t("schedule.updated"), [], t));
  },
});
