/** Every command, in menu order. */
import type { Command } from "../src/index.js";
import alert from "./alert.js";
import alerts from "./alerts.js";
import digest from "./digest.js";
import feeds from "./feeds.js";
import filter from "./filter.js";
import help from "./help.js";
import language from "./language.js";
import latest from "./latest.js";
import quiet from "./quiet.js";
import quote from "./quote.js";
import schedule from "./schedule.js";
import subscribe from "./subscribe.js";
import summarize from "./summarize.js";
import topics from "./topics.js";
import unsubscribe from "./unsubscribe.js";

/** The command menu, in the order platforms show it. */
export const commands: readonly Command[] = [
  latest,
  quote,
  alert,
  alerts,
  summarize,
  digest,
  topics,
  subscribe,
  unsubscribe,
  schedule,
  quiet,
  filter,
  feeds,
  language,
  help,
];
