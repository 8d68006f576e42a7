#!/usr/bin/env node
// The `newsbrief` executable: the compiled CLI in dist/ (`npm run build`; `npm ci` and `npm install` run it).
import { existsSync } from "node:fs";

const compiled = new URL("../dist/src/app/cli.js", import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write('newsbrief: not built yet: run "npm run build" (or "npm run dev -- ARGS" to run the sources)\n');
  process.exit(1);
}
const { main } = await import(compiled.href);
process.exitCode = await main(process.argv.slice(2));
