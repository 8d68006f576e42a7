/** `npm run bench`: prints speed and memory figures (no assertions). */
import { benchIngest } from "./ingest.js";

await benchIngest();
