import { ALERT_TEXT, defineCommand, MAX_ALERTS, MAX_ALERTS_PER_DAY, UserError } from "../src/index.js";

/** /alerts: the alerts set in this private chat. */
export default defineCommand({
  name: "alerts",
  example: "/alerts",
  async run({ services, channel, invoker, reply }) {
    if (!invoker.inPrivateChat) throw new UserError(ALERT_TEXT.privateOnly);
    // Writing to the bot again shows the chat works: paused alerts go on again.
    const resumed = await services.alerts.resume(channel);
    const user = await services.alerts.get(channel);
    if (!user || user.terms.length === 0) throw new UserError(ALERT_TEXT.none);
    await reply({
      blocks: [
        { type: "text", text: ALERT_TEXT.listTitle(user.terms.length, MAX_ALERTS) },
        { type: "list", items: user.terms },
        ...(resumed ? [{ type: "text" as const, text: ALERT_TEXT.resumed }] : []),
        { type: "text", text: ALERT_TEXT.limits(MAX_ALERTS_PER_DAY) },
      ],
    });
  },
});
