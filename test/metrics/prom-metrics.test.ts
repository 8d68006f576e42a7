import { describe, expect, it } from "vitest";
import type { ChatPlatform } from "../../src/chat/platform.js";
import { DeliveryError } from "../../src/errors.js";
import { instrumentPlatform, timedSummarize } from "../../src/metrics/instrument.js";
import { createPromMetrics } from "../../src/metrics/prom-metrics.js";
import { summarize } from "../../src/summarize/index.js";

describe("Prometheus metrics", () => {
  it("counts polls, items, briefs, sends and 429s, and reads the queue depth when scraped", async () => {
    let depth = 3;
    const metrics = createPromMetrics({ queueDepth: async () => depth });
    metrics.pollFinished("updated", { stored: 4, merged: 1 });
    metrics.pollFinished("failed", { stored: 0, merged: 0 });
    metrics.rateLimited("telegram", 7);
    timedSummarize(summarize, metrics)({ text: "The council said on Monday that 40 homes were flooded." });
    const sent: string[] = [];
    const platform = {
      name: "telegram",
      send: async (channel: string) => {
        if (channel.endsWith("gone")) throw new DeliveryError("bot was removed", { permanent: true });
        sent.push(channel);
      },
    } as unknown as ChatPlatform; // only send and name are exercised
    const counted = instrumentPlatform(platform, metrics);
    await counted.send("telegram:1", { blocks: [] });
    await expect(counted.send("telegram:gone", { blocks: [] })).rejects.toThrow("bot was removed");
    depth = 5;

    const { body, contentType } = await metrics.scrape();
    expect(contentType).toContain("text/plain");
    expect(body).toContain('newsbrief_feed_polls_total{outcome="updated"} 1');
    expect(body).toContain('newsbrief_feed_poll_failures_total{outcome="failed"} 1');
    expect(body).toMatch(/^newsbrief_items_ingested_total 5$/m);
    expect(body).toMatch(/^newsbrief_stories_stored_total 4$/m);
    expect(body).toMatch(/^newsbrief_brief_seconds_count 1$/m);
    expect(body).toContain('newsbrief_messages_sent_total{platform="telegram"} 1');
    expect(body).toContain('newsbrief_messages_failed_total{platform="telegram",permanent="true"} 1');
    expect(body).toContain('newsbrief_rate_limited_total{platform="telegram"} 1');
    expect(body).toContain('newsbrief_retry_wait_seconds_total{platform="telegram"} 7');
    expect(body).toMatch(/^newsbrief_queue_depth 5$/m);
    expect(sent).toEqual(["telegram:1"]);
  });
});
