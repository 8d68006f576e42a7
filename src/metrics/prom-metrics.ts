/** The Prometheus implementation of the metrics port. The only file that imports prom-client. */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Metrics } from "./metrics.js";

/** Metrics kept in a Prometheus registry, and the text `/metrics` serves. */
export interface PromMetrics extends Metrics {
  /** The registry's exposition text (Prometheus format) and its content type. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

/** What the registry reads when it is scraped. */
export interface PromMetricsOptions {
  /** Jobs waiting or running (JobQueue.depth). */
  queueDepth?: () => Promise<number>;
}

/** Creates a registry with newsbrief's counters, the queue depth gauge and Node's process metrics. */
export function createPromMetrics(options: PromMetricsOptions = {}): PromMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "newsbrief_" });
  const registers = [registry];
  const polls = new Counter({
    name: "newsbrief_feed_polls_total",
    help: "Feed polls, by outcome (updated, not-modified, failed, disabled, skipped)",
    labelNames: ["outcome"],
    registers,
  });
  const pollFailures = new Counter({
    name: "newsbrief_feed_poll_failures_total",
    help: "Feed polls that failed (failed or disabled)",
    labelNames: ["outcome"],
    registers,
  });
  const items = new Counter({
    name: "newsbrief_items_ingested_total",
    help: "Feed items ingested: stored as new stories, or merged into a story known from another feed",
    registers,
  });
  const stories = new Counter({ name: "newsbrief_stories_stored_total", help: "New stories stored", registers });
  const briefs = new Histogram({
    name: "newsbrief_brief_seconds",
    help: "Time to make one brief (count: briefs made)",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers,
  });
  const digests = new Counter({
    name: "newsbrief_digests_sent_total",
    help: "Digest runs delivered",
    labelNames: ["platform"],
    registers,
  });
  const sent = new Counter({ name: "newsbrief_messages_sent_total", help: "Messages sent", labelNames: ["platform"], registers });
  const failed = new Counter({
    name: "newsbrief_messages_failed_total",
    help: "Messages not sent, by platform and whether the failure is permanent",
    labelNames: ["platform", "permanent"],
    registers,
  });
  const limited = new Counter({
    name: "newsbrief_rate_limited_total",
    help: "429 answers from a platform",
    labelNames: ["platform"],
    registers,
  });
  const retryWait = new Counter({
    name: "newsbrief_retry_wait_seconds_total",
    help: "Seconds of retry_after asked for by 429 answers",
    labelNames: ["platform"],
    registers,
  });
  const tokens = new Counter({
    name: "newsbrief_llm_tokens_total",
    help: "Tokens spent by LLM briefs (SUMMARIZER=llm), by model and kind (prompt, completion)",
    labelNames: ["model", "kind"],
    registers,
  });
  const { queueDepth } = options;
  if (queueDepth) {
    new Gauge({
      name: "newsbrief_queue_depth",
      help: "Jobs (feed polls, digest runs) waiting or running",
      registers,
      async collect() {
        this.set(await queueDepth().catch(() => Number.NaN));
      },
    });
  }
  return {
    pollFinished(outcome, counts) {
      polls.inc({ outcome });
      if (outcome === "failed" || outcome === "disabled") pollFailures.inc({ outcome });
      items.inc(counts.stored + counts.merged);
      stories.inc(counts.stored);
    },
    briefMade: (seconds) => briefs.observe(seconds),
    digestSent: (platform) => digests.inc({ platform }),
    messageSent: (platform) => sent.inc({ platform }),
    messageFailed: (platform, permanent) => failed.inc({ platform, permanent: String(permanent) }),
    rateLimited(platform, retryAfterSeconds) {
      limited.inc({ platform });
      retryWait.inc({ platform }, retryAfterSeconds);
    },
    llmTokens({ model, prompt, completion }) {
      tokens.inc({ model, kind: "prompt" }, prompt);
      tokens.inc({ model, kind: "completion" }, completion);
    },
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
