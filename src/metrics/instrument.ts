/** Decorators that report to the metrics port: polls, briefs, sends and command answers, without touching their code. */
import type { ChatPlatform, Dispatch, PlatformName } from "../chat/platform.js";
import { DeliveryError } from "../errors.js";
import type { FeedPollResult, Poller } from "../ingest/poll-feeds.js";
import type { ArticleInput, Summary } from "../types.js";
import type { Metrics } from "./metrics.js";

/** The poller, counting every poll's outcome and the items it ingested. */
export function instrumentPoller(poller: Poller, metrics: Metrics): Poller {
  const count = (result: FeedPollResult) => metrics.pollFinished(result.status, result);
  return {
    addFeed: (url, now) => poller.addFeed(url, now),
    async pollOnce(now) {
      const results = await poller.pollOnce(now);
      results.forEach(count);
      return results;
    },
    async pollFeed(url, now) {
      const result = await poller.pollFeed(url, now);
      count(result);
      return result;
    },
  };
}

/** A summarizer (the rules' synchronous one, or a model's) that times each brief it makes. */
export function timedSummarize(
  summarize: (input: ArticleInput) => Summary | Promise<Summary>,
  metrics: Metrics,
): (input: ArticleInput) => Promise<Summary> {
  return async (input) => {
    const start = process.hrtime.bigint();
    try {
      return await summarize(input);
    } finally {
      metrics.briefMade(Number(process.hrtime.bigint() - start) / 1e9);
    }
  };
}

/** The platform, counting the messages it sent and those it could not send. */
export function instrumentPlatform<P extends ChatPlatform>(platform: P, metrics: Metrics): P {
  const send: ChatPlatform["send"] = async (channel, message, options) => {
    try {
      await platform.send(channel, message, options);
      metrics.messageSent(platform.name);
    } catch (error) {
      metrics.messageFailed(platform.name, error instanceof DeliveryError && error.permanent);
      throw error;
    }
  };
  // The same object (its other methods keep their `this`), with send counted.
  return Object.assign(Object.create(platform) as P, { send });
}

/** A dispatcher whose command answers are counted as messages sent (or failed) on the invoking platform. */
export function instrumentDispatch(dispatch: Dispatch, metrics: Metrics): Dispatch {
  return (invocation) => {
    const platform = invocation.channel.split(":")[0] as PlatformName;
    const counted =
      <A extends unknown[]>(answer: (...args: A) => Promise<void>) =>
      async (...args: A) => {
        try {
          await answer(...args);
          metrics.messageSent(platform);
        } catch (error) {
          metrics.messageFailed(platform, error instanceof DeliveryError && error.permanent);
          throw error;
        }
      };
    const replyError = invocation.replyError;
    return dispatch({
      ...invocation,
      reply: counted(invocation.reply.bind(invocation)),
      ...(replyError ? { replyError: counted(replyError.bind(invocation)) } : {}),
    });
  };
}
