import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { readBoolean } from "../read-boolean.js";

/** process.env over the variables of ./.env (when there is one): the environment wins, as with docker and systemd. */
export function environment(): Record<string, string | undefined> {
  const file = ".env";
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, "utf8")) : {};
  return { ...fromFile, ...process.env };
}

/** ALLOW_PRIVATE_NETWORKS as the config reads it (true/1/yes), for the one-shot CLI commands. */
export function privateNetworksAllowed(env: Readonly<Record<string, string | undefined>> = environment()): boolean {
  return readBoolean(env.ALLOW_PRIVATE_NETWORKS) ?? false;
}
