import { defineCommand, describeSubscription, parseClock, UserError } from "../src/index.js";

/** /quiet <from> <to>: hours in which digests wait, then go out silently; /quiet off clears them. */
export default defineCommand({
  name: "quiet",
  admin: true,
  options: {
    from: { type: "string", required: true },
    to: { type: "string" },
  },
  example: "/quiet 22:00 07:00",
  async run({ args, services, channel, reply, t }) {
    if (args.from.toLowerCase() === "off") {
      await reply(describeSubscription(await services.subscriptions.setQuiet(channel, null), t("quiet.off"), [], t));
      return;
    }
    if (!args.to) throw new UserError(t("quiet.needEnd"));
    const quiet = { from: parseClock(args.from), to: parseClock(args.to) };
    if (quiet.from === quiet.to) throw new UserError(t("quiet.same"));
    await reply(describeSubscription(await services.subscriptions.setQuiet(channel, quiet), t("quiet.set"), [], t));
  },
});
