#!/usr/bin/env node
// The `newsbrief` executable: loads tsx so the TypeScript sources run as they are, then the CLI.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./cli.ts");
process.exitCode = await main(process.argv.slice(2));
