/** The headline: the cleaned title when there is one, else written from the lede (≤ 14 words). */
export function writeHeadline(title: string | undefined, lede: string): string {
  if (title?.trim()) return title.trim();
  return lede.split(/\s+/).slice(0, 14).join(" ");
}
