import { describe, expect, it } from "vitest";
import { junkKind } from "../../src/ingest/junk-patterns.js";

describe("junkKind", () => {
  it.each([
    ["Photo: Lena Marsh / Courier", "caption"],
    ["The harbour at dawn on Tuesday. (Image: Harbour Trust)", "caption"],
    ["Volunteers at work on the wheelCredit: Kestle Mill Trust", "caption"],
    ["Dan Reyes | Getty Images", "caption"],
    ["Image copyright Getty Images", "caption"],
    ["Updated Nov 24, 9:41 AM; Posted Nov 24, 8:19 AM", "timestamp"],
    ["PUBLISHED: 10:48, Tue, Nov 24, 2026", "timestamp"],
    ["November 24, 2026 / 1:07 AM / Courier", "timestamp"],
    ["By Imogen Tallis - 11/24/26 11:04 PM EST", "byline"],
    ["By Imogen Tallis, Dan Reyes and Ruth Penhale", "byline"],
    ["by Regan Marsh November 24, 2026", "byline"],
    ["Additional reporting by Dan Reyes", "byline"],
    ["Get the latest stories in your inbox. Subscribe to our newsletters.", "prompt"],
    ["Sign up for our weekly briefing.", "prompt"],
    ["Follow her on Twitter @ImogenT.", "prompt"],
    ["This post may contain affiliate links.", "prompt"],
    ["Related: Five other mills to visit this winter", "inline-lead-in"],
    ["SEE MORE: Harbour wall repairs begin", "inline-lead-in"],
    ["You may also like...", "lead-in"],
    ["Most read", "lead-in"],
    ["About the author", "tail"],
    ["12 comments", "tail"],
    ["Advertisement", "widget"],
    ["Image 3 of 12", "widget"],
    ["5 min read", "widget"],
    ["Filed under: Harbour, Ferries", "widget"],
    ["___", "widget"],
    ["https://courier.example/news/mill", "url"],
  ])("%s → %s", (line, kind) => {
    expect(junkKind(line)).toBe(kind);
  });

  it.each([
    "The tidal mill at Kestle Creek turned on Saturday for the first time since 1986.",
    "By Monday, the trust had raised £412,000.",
    "By the end of the year, volunteers hope to mill flour every weekend.",
    "More than 2,000 people sign up for the mill's guided tours each summer, the trust said.",
    "Readers who subscribe to the parish magazine will receive a voucher.",
    "Users can download the app to book a slot.",
    "“We proved them wrong,” said Ruth Penhale.",
    "The photo showed the wheel before the restoration, when it was covered in weed.",
    "Updated figures from the council show a rise in visitors.",
    "Ferry passengers rose 12% in the year to October — AP",
    "Comments from residents were mostly positive.",
  ])("keeps article text: %s", (line) => {
    expect(junkKind(line)).toBeNull();
  });
});
