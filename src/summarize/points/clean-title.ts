// Words that mark a title segment as the publisher's name rather than part of the headline.
const SITE_WORDS =
  /\b(?:news|times|post|journal|herald|tribune|guardian|telegraph|daily|online|media|press|agency|gazette|chronicle|observer|independent|mirror|express|standard|insider|wire|magazine|weekly|radio|tv|television|network|bbc|cnn|reuters|ap|afp|bloomberg|npr|pbs|abc|cbs|nbc|fox|sky|itv|al jazeera|dw|euronews|politico|axios|vox|wired|verge|techcrunch|engadget|forbes|fortune|economist)\b|\.(?:com|org|net|co\.uk|co|io|news|info)\b/i;
const TRAILING_SEGMENT = /\s*(?:\s[–—-]|[|»·])\s*([^|–—»·]+?)\s*$/;
const LEADING_SEGMENT = /^\s*([^|–—»·]+?)\s*(?:[–—-]\s|[|»·])\s*/;

/** The article's title without the site name around it (" - BBC News", " | Reuters", "CNN — ") and extra spaces. */
export function cleanTitle(title: string): string {
  let rest = title.replace(/\s+/g, " ").trim();
  for (;;) {
    const tail = TRAILING_SEGMENT.exec(rest);
    if (tail && isSiteName(tail[1] as string, tail[0].includes("|")) && tail.index > 0) {
      rest = rest.slice(0, tail.index).trim();
      continue;
    }
    const head = LEADING_SEGMENT.exec(rest);
    if (head && isSiteName(head[1] as string, false) && head[0].length < rest.length) {
      rest = rest.slice(head[0].length).trim();
      continue;
    }
    return rest;
  }
}

/** A short segment naming a publisher; after a pipe, any short segment counts. */
function isSiteName(segment: string, afterPipe: boolean): boolean {
  const words = segment.trim().split(/\s+/).length;
  if (/[.!?]$/.test(segment.trim()) && !/\.(?:com|org|net|uk|io)$/i.test(segment.trim())) return false;
  return words <= 5 && (SITE_WORDS.test(segment) || (afterPipe && words <= 3));
}
