/** `npx tsx --cpu-prof bench/profile-summarize.ts`: summarize() over the benchmark texts three times (for --cpu-prof). */
import { summarize } from "../src/summarize/index.js";
import { realNewsTexts } from "./eval-texts.js";
import { newsCorpus } from "./news-corpus.js";

const real = realNewsTexts();
const texts = real.length > 0 ? real : newsCorpus(1000);
for (let round = 0; round < 3; round++) for (const text of texts) summarize(text);
