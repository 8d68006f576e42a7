/** `npm run bench`: prints speed and memory figures (no assertions). `npm run bench -- summarize` runs one part. */
import { benchExtract } from "./extract.js";
import { benchFanoutInstances } from "./fanout-instances.js";
import { benchIngest } from "./ingest.js";
import { benchStartup } from "./startup.js";
import { benchSummarize } from "./summarize.js";
import { benchTelegramFanout } from "./telegram-fanout.js";

const parts: Record<string, () => void | Promise<void>> = {
  startup: benchStartup,
  summarize: benchSummarize,
  extract: benchExtract,
  ingest: benchIngest,
  "telegram-fanout": benchTelegramFanout,
  "fanout-instances": benchFanoutInstances,
};
const chosen = process.argv.slice(2).filter((name) => name in parts);
for (const name of chosen.length > 0 ? chosen : Object.keys(parts)) {
  console.log(`\n== ${name}`);
  await parts[name]?.();
}
