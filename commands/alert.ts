import { defineCommand, MAX_ALERTS, textMessage, UserError } from "../src/index.js";

/** /alert <person or keyword>: a brief in this private chat whenever a new story quotes them or names it; /alert off <…> removes one. */
export default defineCommand({
  name: "alert",
  options: {
    what: { type: "string" },
  },
  example: "/alert Okafor",
  async run({ args, services, channel, invoker, reply, now, t }) {
    if (!invoker.inPrivateChat) throw new UserError(t("alert.privateOnly"));
    const what = args.what?.trim() ?? "";
    if (!what) throw new UserError(t("alert.emptyTerm"));
    const off = /^off(?:\s+([\s\S]*))?$/i.exec(what);
    if (off) {
      const change = await services.alerts.remove(channel, off[1] ?? "");
      const left = change.user?.terms.length ?? 0;
      const lines = [
        `${t("alert.removed", { term: change.term })} ${left === 0 ? t("alert.noneLeft") : t("alert.left", { count: left })}`,
      ];
      if (change.resumed && change.user) lines.push(t("alert.resumed"));
      await reply(textMessage(lines.join("\n")));
      return;
    }
    const change = await services.alerts.add(channel, what, now);
    const lines = [t("alert.added", { term: change.term, n: change.user?.terms.length ?? 0, max: MAX_ALERTS })];
    if (change.resumed) lines.push(t("alert.resumed"));
    await reply(textMessage(lines.join("\n")));
  },
});
