import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSummarizeUrl } from "../../src/chat/summarize-url.js";
import { UserError } from "../../src/errors.js";
import { startDemoSite } from "../app/demo-site.js";
import type { FeedServer } from "../helpers/feed-server.js";

describe("summarizeUrl", () => {
  let site: FeedServer;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(() => site.close());

  it("fetches, extracts and briefs a page", async () => {
    const page = await createSummarizeUrl({ allowPrivateNetworks: true })(site.url("/world/peace-talks"));
    expect(page.title).toBe("Peace talks on Corvan civil war resume in Geneva");
    expect(page.summary.quotes.some((q) => q.speaker === "Nadia Sorel")).toBe(true);
  });

  it("briefs with the summarizer it is given (SUMMARIZER=llm), awaiting it", async () => {
    const briefed: string[] = [];
    const page = await createSummarizeUrl({
      allowPrivateNetworks: true,
      summarize: async (article) => {
        briefed.push(article.title ?? "");
        return { headline: "From the model", lede: "", points: [], quotes: [], figures: [], topics: [] };
      },
    })(site.url("/world/peace-talks"));
    expect(briefed).toEqual(["Peace talks on Corvan civil war resume in Geneva"]);
    expect(page.summary.headline).toBe("From the model");
  });

  it("turns fetch failures into a UserError the chat can show", async () => {
    const strict = createSummarizeUrl({ allowPrivateNetworks: false });
    await expect(strict(site.url("/world/peace-talks"))).rejects.toThrow(UserError);
    await expect(createSummarizeUrl({ allowPrivateNetworks: true })(site.url("/missing"))).rejects.toThrow(
      /I could not read .*missing/,
    );
  });
});
