import { defineCommand, MAX_ALERTS, MAX_ALERTS_PER_DAY, UserError } from "../src/index.js";

/** /alerts: the alerts set in this private chat. */
export default defineCommand({
  name: "alerts",
  example: "/alerts",
  async run({ services, channel, invoker, reply, t }) {
    if (!invoker.inPrivateChat) throw new UserError(t("alert.privateOnly"));
    // Writing to the bot again shows the chat works: paused alerts go on again.
    const resumed = await services.alerts.resume(channel);
    const user = await services.alerts.get(channel);
    if (!user || user.terms.length === 0) throw new UserError(t("alert.none"));
    await reply({
      blocks: [
        { type: "text", text: t("alert.listTitle", { n: user.terms.length, max: MAX_ALERTS }) },
        { type: "list", items: user.terms },
        ...(resumed ? [{ type: "text" as const, text: t("alert.resumed") }] : []),
        { type: "text", text: t("alert.limits", { perDay: MAX_ALERTS_PER_DAY }) },
      ],
    });
  },
});
