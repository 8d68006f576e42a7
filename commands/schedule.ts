import { defineCommand, describeSubscription } from "../src/index.js";

/** /schedule <cron> [timezone]: when this chat's digests go out. */
export default defineCommand({
  name: "schedule",
  description: "Set when this chat's digests go out (admins)",
  admin: true,
  options: {
    cron: { type: "string", description: "Cron expression, e.g. 0 8 * * * for 08:00 daily", required: true, format: "cron" },
    timezone: { type: "string", description: "IANA timezone, e.g. Europe/Paris" },
  },
  example: "/schedule 0 8 * * * Europe/Paris",
  async run({ args, services, channel, reply }) {
    const subscription = await services.subscriptions.setSchedule(channel, args.cron, args.timezone);
    await reply(describeSubscription(subscription, "Schedule updated."));
  },
});
