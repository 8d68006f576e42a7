#!/usr/bin/env node
// The CLI from the TypeScript sources through tsx (`npm run dev -- ARGS`, tests); `bin/newsbrief.js` runs the build.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./cli.ts");
process.exitCode = await main(process.argv.slice(2));
