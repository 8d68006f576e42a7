/** When a cron schedule next fires after a given time (for "your first digest goes out at …"). */
import { CronExpressionParser } from "cron-parser";

/** The first time after `after` that `cron` fires in `timezone`; undefined when the expression cannot be read. */
export function nextRun(cron: string, timezone: string, after: Date): Date | undefined {
  try {
    return CronExpressionParser.parse(cron, { currentDate: after, tz: timezone }).next().toDate();
  } catch {
    return undefined;
  }
}
