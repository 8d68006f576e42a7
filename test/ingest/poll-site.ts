/** Invented stories, RSS feeds and article pages for the poller tests (written for newsbrief, not copied). */

/** One invented story with its page text. */
export interface StoryFixture {
  slug: string;
  title: string;
  paragraphs: string[];
}

/** Six unrelated invented stories. */
export const STORIES: StoryFixture[] = [
  {
    slug: "harbour-bridge",
    title: "Harbour bridge in Westmoor closes for six months of repairs",
    paragraphs: [
      "The harbour bridge in Westmoor will close to cars on Monday for six months while engineers replace its rusted cables, the town council said.",
      '"We would rather close it now than wait for a failure," said council leader Maria Oduya, who chairs the transport committee.',
      "About 14,000 vehicles cross the bridge every day. Buses will be diverted through the eastern ring road, adding roughly twelve minutes to most journeys.",
      "Shop owners on the quay fear a drop in trade during the works, and the council has promised a small fund to help them through the closure.",
    ],
  },
  {
    slug: "orchard-frost",
    title: "Late frost destroys apple blossom across Kellan valley orchards",
    paragraphs: [
      "Growers in the Kellan valley say a late frost last week destroyed most of the apple blossom in their orchards, putting this year's harvest at risk.",
      'Farmer Tomas Reyl said he had never seen damage like it. "Two nights at minus four were enough to wipe out the flowers on nearly every tree," he said.',
      "The regional growers' association estimates that 60% of the valley's crop has been lost, worth around 9 million euros.",
      "Some farms had run wind machines through the night, which appeared to have saved blossom on the lower slopes near the river.",
    ],
  },
  {
    slug: "library-robots",
    title: "City library lends out coding robots to children during winter holidays",
    paragraphs: [
      "The central library in Brannock has started lending small programmable robots to children aged eight to fourteen over the winter holidays.",
      "Each kit comes with a booklet of puzzles, and volunteers run drop-in sessions on Saturday mornings for families who want help getting started.",
      'Librarian Joan Petrakis said demand had surprised staff. "All 40 robots were booked within two days of the announcement," she said.',
      "The library plans to buy another batch in the spring if funding from a local technology firm is confirmed.",
    ],
  },
  {
    slug: "marathon-record",
    title: "Runner Ana Velde breaks course record at the Dunmore marathon",
    paragraphs: [
      "Ana Velde broke the women's course record at the Dunmore marathon on Sunday, finishing in two hours, twenty-one minutes in cold and windy conditions.",
      "She pulled away from a group of four runners at the thirty-kilometre mark and finished more than a minute ahead of her nearest rival.",
      '"The wind was brutal on the seafront, but I felt strong all the way," Velde told reporters at the finish line.',
      "Organisers said 8,500 runners started the race, the largest field in the event's history.",
    ],
  },
  {
    slug: "ferry-strike",
    title: "Island ferry crews vote to strike over new rota plans",
    paragraphs: [
      "Crews on the ferries serving the Saltan islands have voted to strike next month in a dispute over new rota plans, their union said on Thursday.",
      "The operator wants to move crews from week-long shifts to a pattern of shorter rotations, which the union says would cut overtime pay.",
      '"Nobody wants to leave islanders without a service, but our members have been ignored for months," union organiser Pieter Haas said.',
      "The operator said it remained open to talks and would publish an emergency timetable if the walkout goes ahead.",
    ],
  },
  {
    slug: "museum-roof",
    title: "Rain damage forces natural history museum to shut its fossil hall",
    paragraphs: [
      "The natural history museum in Corvale has shut its fossil hall after heavy rain leaked through the roof and soaked part of the display floor.",
      "Staff moved the most fragile specimens to storage overnight, and conservators are checking the rest of the collection for damage.",
      'Director Helen Marsh said the building needed a new roof. "We have been patching it for a decade, and this time the patches gave way," she said.',
      "The rest of the museum remains open, and the hall is expected to reopen in the summer once repairs are complete.",
    ],
  },
];

/** A feed item as the test feeds list it. */
export interface ItemFixture {
  guid?: string;
  title: string;
  link: string;
  description?: string;
  contentHtml?: string;
  pubDate?: string;
}

/** An RSS 2.0 document. */
export function rssFeed(title: string, items: readonly ItemFixture[], options: { ttl?: number } = {}): string {
  const entries = items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link)}</link>
      ${item.guid ? `<guid isPermaLink="false">${escapeXml(item.guid)}</guid>` : ""}
      ${item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ""}
      ${item.description ? `<description>${escapeXml(item.description)}</description>` : ""}
      ${item.contentHtml ? `<content:encoded><![CDATA[${item.contentHtml}]]></content:encoded>` : ""}
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>https://example.org/</link>
    <description>Test feed</description>
    ${options.ttl ? `<ttl>${options.ttl}</ttl>` : ""}
${entries}
  </channel>
</rss>`;
}

/** An article page with navigation and a footer around the story's paragraphs. */
export function articlePage(story: StoryFixture, options: { siteName?: string } = {}): string {
  const site = options.siteName ?? "Example Gazette";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${story.title} | ${site}</title>
<meta property="og:site_name" content="${site}"></head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>${story.title}</h1>
    ${story.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join("\n    ")}
  </article>
  <footer>© ${site}. Contact us · Privacy</footer>
</body></html>`;
}

/** The feed item of a story on a site whose pages live under `/news/<slug>`. */
export function itemFor(story: StoryFixture, origin: string, options: Partial<ItemFixture> = {}): ItemFixture {
  return {
    guid: `${story.slug}-guid`,
    title: story.title,
    link: `${origin}/news/${story.slug}`,
    description: story.paragraphs[0] ?? "",
    pubDate: "Fri, 20 Nov 2026 09:00:00 GMT",
    ...options,
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
