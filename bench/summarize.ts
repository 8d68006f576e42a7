import { AbsoluteSummarizerConfig, DefaultTextParser, NullLogger, SorensenDiceSimilarity, Summarizer } from "ts-textrank";
import { summarize } from "../src/summarize/index.js";
import { realNewsTexts } from "./eval-texts.js";
import { newsCorpus } from "./news-corpus.js";
import { bestThroughputs } from "./throughput.js";

const ROUNDS = 5;

/** Prints summarize() throughput beside ts-textrank's (three key sentences) on the same texts, in the same run. */
export function benchSummarize(): void {
  const real = realNewsTexts();
  const corpus = real.length > 0 ? real : newsCorpus(1000);
  const words = corpus.reduce((sum, article) => sum + article.text.split(/\s+/).length, 0) / corpus.length;
  const textrank = new Summarizer(
    new AbsoluteSummarizerConfig(3, new SorensenDiceSimilarity(), new DefaultTextParser(), 0.85, Summarizer.SORT_OCCURENCE),
    new NullLogger(),
  );
  const [ours, peer] = bestThroughputs(
    corpus,
    [(article) => summarize(article), (article) => textrank.summarize(article.text, "en")],
    ROUNDS,
    50,
  ) as [number, number];
  console.log(`summarize (one core, best of ${ROUNDS} rounds taken in turn, same texts, same run)`);
  console.log(
    `  texts: ${corpus.length} ${real.length > 0 ? "real news articles (../shared/eval/data)" : "generated articles"}, ${Math.round(words)} words on average`,
  );
  console.log(
    `  newsbrief summarize:  ${ours.toFixed(0)} articles/s  (full brief: headline, lede, quotes, figures, points, topics)`,
  );
  console.log(`  ts-textrank (3 sent): ${peer.toFixed(0)} articles/s`);
  console.log(`  ratio: ${(ours / peer).toFixed(2)}× ts-textrank (target ≥ 3×)`);
  console.log(`  peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
