/** Digest ranking: widely reported, on-topic, quotable and recent stories first. */

import type { DigestStory } from "./merge-stories.js";
import { storyTime } from "./select-stories.js";
import { normalizeTopic } from "./topics.js";

/** A story's score: sources count most, then topic matches, then key quotes and figures, then freshness. */
export function scoreStory(story: DigestStory, topics: readonly string[], now: Date): number {
  const wanted = new Set(topics.map(normalizeTopic));
  const summary = story.article.summary;
  const topicHits = summary.topics.filter((topic) => wanted.has(normalizeTopic(topic))).length;
  const ageHours = Math.max(0, (now.getTime() - storyTime(story.article)) / 3_600_000);
  return (
    2 * Math.log2(1 + story.sources.length) +
    Math.min(topicHits, 3) * 0.75 +
    (summary.quotes.some((q) => q.key) ? 0.5 : 0) +
    (summary.figures.some((f) => f.key) ? 0.5 : 0) +
    Math.max(0, 1 - ageHours / 48)
  );
}

/** Stories best first (ties: newer first, then by id, so the order is stable). */
export function rankStories(stories: readonly DigestStory[], topics: readonly string[], now: Date): DigestStory[] {
  return stories
    .map((story) => ({ story, score: scoreStory(story, topics, now) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        storyTime(b.story.article) - storyTime(a.story.article) ||
        a.story.article.id.localeCompare(b.story.article.id),
    )
    .map(({ story }) => story);
}
