import { defineCommand, describeSubscription, parseClock, UserError } from "../src/index.js";

/** /quiet <from> <to>: hours in which digests wait, then go out silently; /quiet off clears them. */
export default defineCommand({
  name: "quiet",
  description: "Set quiet hours: digests wait, then go out silently (admins)",
  admin: true,
  options: {
    from: { type: "string", description: "Start, 24-hour time (22:00), or off", required: true },
    to: { type: "string", description: "End, 24-hour time (07:00)" },
  },
  example: "/quiet 22:00 07:00",
  async run({ args, services, channel, reply }) {
    if (args.from.toLowerCase() === "off") {
      await reply(describeSubscription(await services.subscriptions.setQuiet(channel, null), "Quiet hours off."));
      return;
    }
    if (!args.to) throw new UserError("Give the end of the quiet hours too, e.g. /quiet 22:00 07:00 (or /quiet off)");
    const quiet = { from: parseClock(args.from), to: parseClock(args.to) };
    if (quiet.from === quiet.to)
      throw new UserError("Quiet hours must start and end at different times, e.g. /quiet 22:00 07:00");
    await reply(describeSubscription(await services.subscriptions.setQuiet(channel, quiet), "Quiet hours set."));
  },
});
