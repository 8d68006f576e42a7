import { ALERT_TEXT, defineCommand, MAX_ALERTS, textMessage, UserError } from "../src/index.js";

/** /alert <person or keyword>: a brief in this private chat whenever a new story quotes them or names it; /alert off <…> removes one. */
export default defineCommand({
  name: "alert",
  options: {
    what: { type: "string" },
  },
  example: "/alert Okafor",
  async run({ args, services, channel, invoker, reply, now }) {
    if (!invoker.inPrivateChat) throw new UserError(ALERT_TEXT.privateOnly);
    const what = args.what?.trim() ?? "";
    if (!what) throw new UserError(ALERT_TEXT.emptyTerm);
    const off = /^off(?:\s+([\s\S]*))?$/i.exec(what);
    if (off) {
      const change = await services.alerts.remove(channel, off[1] ?? "");
      const lines = [ALERT_TEXT.removed(change.term, change.user?.terms.length ?? 0)];
      if (change.resumed && change.user) lines.push(ALERT_TEXT.resumed);
      await reply(textMessage(lines.join("\n")));
      return;
    }
    const change = await services.alerts.add(channel, what, now);
    const lines = [ALERT_TEXT.added(change.term, change.user?.terms.length ?? 0, MAX_ALERTS)];
    if (change.resumed) lines.push(ALERT_TEXT.resumed);
    await reply(textMessage(lines.join("\n")));
  },
});
