import { createHash } from "node:crypto";

/**
 * A short, stable key fragment for any string (URLs, ids, names) that keeps keys small for every backend:
 * short plain words and ids as they are ("=" prefix), anything else hashed ("#" prefix), so the two never collide.
 */
export function keyHash(value: string): string {
  if (/^[\w.-]{1,48}$/.test(value)) return `=${value}`;
  return `#${createHash("sha256").update(value).digest("base64url").slice(0, 22)}`;
}
