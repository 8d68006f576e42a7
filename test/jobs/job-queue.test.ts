import { afterEach, describe, expect, it } from "vitest";
import { createBullJobQueue } from "../../src/jobs/bullmq-job-queue.js";
import type { JobQueue } from "../../src/jobs/job-queue.js";
import { createLocalJobQueue } from "../../src/jobs/local-job-queue.js";
import { redisUrl, uniquePrefix } from "../helpers/redis.js";

const opened: JobQueue[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((queue) => queue.close()));
});

// One queue per "instance"; every instance of a backend shares the same Redis prefix.
const backends: Array<[string, () => () => JobQueue]> = [
  [
    "local",
    () => {
      const queue = createLocalJobQueue();
      return () => queue;
    },
  ],
  [
    "bullmq",
    () => {
      const prefix = uniquePrefix("jobs");
      return () => createBullJobQueue({ redisUrl: redisUrl(), prefix, stallMs: 2000 });
    },
  ],
];

describe.each(backends)("JobQueue on %s", (_name, backend) => {
  function instances(count: number, handler: (data: Record<string, unknown>) => Promise<string>) {
    const open = backend();
    const made = Array.from({ length: count }, () => open());
    for (const queue of new Set(made)) {
      queue.handle("poll", handler, { concurrency: 4 });
      opened.push(queue);
    }
    return made;
  }

  it("runs a job once per id, every caller getting its result", async () => {
    let runs = 0;
    const [a, b] = instances(2, async (data) => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return `polled ${String(data.url)}`;
    }) as [JobQueue, JobQueue];
    const results = await Promise.all([
      a.run("poll", "feed-1|never", { url: "feed-1" }),
      b.run("poll", "feed-1|never", { url: "feed-1" }),
      a.run("poll", "feed-1|never", { url: "feed-1" }),
    ]);
    expect(results).toEqual(["polled feed-1", "polled feed-1", "polled feed-1"]);
    // A late caller with the same id (the run is finished) gets the kept result; a new id runs again.
    expect(await b.run("poll", "feed-1|never", { url: "feed-1" })).toBe("polled feed-1");
    expect(runs).toBe(1);
    expect(await b.run("poll", "feed-1|2026-12-07T10:00:00.000Z", { url: "feed-1" })).toBe("polled feed-1");
    expect(runs).toBe(2);
  });

  it("keeps ids with colons and percent signs apart", async () => {
    const [queue] = instances(1, async (data) => String(data.n)) as [JobQueue];
    const ids = ["telegram:-100|x", "telegram%3A-100|x", "telegram:-1001|x"];
    const results = await Promise.all(ids.map((id, n) => queue.run("poll", id, { n })));
    expect(results).toEqual(["0", "1", "2"]);
  });

  it("hands a failure to the caller, and a later run of the same id may try again", async () => {
    let calls = 0;
    const [queue] = instances(1, async () => {
      calls += 1;
      if (calls === 1) throw new Error("feed server down");
      return "ok";
    }) as [JobQueue];
    await expect(queue.run("poll", "f|1", {})).rejects.toThrow(/feed server down/);
    expect(await queue.run("poll", "f|2", {})).toBe("ok");
  });
});

// Retried: once in a loaded CI run the close raced BullMQ and hung (passes alone in 0.5 s); see the closing note.
describe("JobQueue on bullmq, stopping", () => {
  it("stops a stopping instance's waits at once, and leaves the job to the others", async () => {
    const prefix = uniquePrefix("jobs-stop");
    const caller = createBullJobQueue({ redisUrl: redisUrl(), prefix, stallMs: 2000 });
    const waiting = caller.run("digest", "chat|t|due", { n: 1 });
    const outcome = waiting.then(
      () => "finished",
      (error: Error) => error.message,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await caller.close();
    expect(await outcome).toMatch(/stopping/);
    const worker = createBullJobQueue({ redisUrl: redisUrl(), prefix, stallMs: 2000 });
    opened.push(worker);
    const ran: unknown[] = [];
    worker.handle("digest", async (data) => {
      ran.push(data.n);
      return "sent";
    });
    expect(await worker.run("digest", "chat|t|due", { n: 2 })).toBe("sent");
    expect(ran).toEqual([1]);
  });
});
