import { describe, expect, it } from "vitest";
import { isNotPoint, styleFactor } from "../../../src/summarize/points/point-style.js";

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("isNotPoint", () => {
  it.each([
    "Scroll down for video of the rescue at the quarry.",
    "Click here to read the full statement from the council.",
    "Watch: the moment the bridge in Harrowgate came down.",
    "By . Jane Pellow . PUBLISHED: 10:02 EST, 3 May 2014 | . UPDATED: 12:31 EST, 3 May 2014 .",
    "PUBLISHED: 10:02 EST, 3 May 2014 | UPDATED: 12:31 EST, 3 May 2014",
    "Will the new bridge ever be finished on time?",
    "Too short to say much.",
    "Here's why the Harrowgate bridge will stay shut until the spring.",
    "Here is everything you need to know about the new parking rules in Larkby.",
    "Watch the video: a crane lifts the last span of the Harrowgate bridge into place.",
    "The video of the rescue can be seen at the top of this story.",
    "The video is at the top of this story.",
  ])("rejects %s", (text) => {
    expect(isNotPoint(text, words(text))).toBe(true);
  });

  it.each([
    "By Friday the river had fallen below its banks in every village downstream.",
    "By the end of the day, 12 families had returned to their homes in Larkby.",
    "Police said the driver was watching the road when the lorry crossed the central line.",
    "Here is where the river burst its banks on Sunday, flooding 40 homes in Larkby.",
    "The video shows the lorry crossing the central line seconds before the crash.",
  ])("keeps %s", (text) => {
    expect(isNotPoint(text, words(text))).toBe(false);
  });
});

describe("styleFactor", () => {
  const plain = "The council voted to close the library on Mondays from next month.";

  it("leaves a plain, mid-length sentence alone", () => {
    expect(styleFactor(plain, words(plain))).toBe(1);
  });

  it("lowers a sentence that is a bare quotation, opened or closed by its attribution", () => {
    const opened = "“We cannot keep the doors open with the money we have,” she said.";
    const tailed = 'Ms Odell said it was "a sad day for every reader in this town," the council leader added.';
    expect(styleFactor(opened, words(opened))).toBeLessThan(1);
    expect(styleFactor(tailed, words(tailed))).toBeLessThan(1);
  });

  it("lowers a photo caption run into the text", () => {
    const caption = "Mrs Ferrow, 71, pictured left with her sister, has run the bakery in Castlebury since 1974.";
    const marked = "The old tannery (above) will be turned into flats by the spring of next year.";
    expect(styleFactor(caption, words(caption))).toBeLessThan(1);
    expect(styleFactor(marked, words(marked))).toBeLessThan(1);
  });

  it("lowers very short and very long sentences", () => {
    const short = "The library will close in June.";
    const long = `${"The council said the building needed repairs and ".repeat(6)}the roof leaked.`;
    expect(styleFactor(short, words(short))).toBeLessThan(1);
    expect(styleFactor(long, words(long))).toBeLessThan(1);
  });
});
