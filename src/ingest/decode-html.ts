import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

// Labels browsers treat as windows-1252 (WHATWG Encoding): "latin1" pages are really cp1252 (curly quotes at 0x93/0x94).
const WINDOWS_1252_LABELS = new Set([
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "l1",
  "us-ascii",
  "ascii",
  "cp1252",
  "windows-1252",
  "x-cp1252",
]);
const SNIFF_BYTES = 4096;

/**
 * Decodes a fetched body to text. The charset comes from a byte-order mark, else the Content-Type header, else a
 * `<meta>` tag or XML declaration, else UTF-8 when the bytes are valid UTF-8 and windows-1252 otherwise.
 * A declaration the bytes contradict is overruled: "UTF-8" bytes that are not UTF-8 fall back to the next
 * declaration or windows-1252, and "Latin-1" bytes that are valid multi-byte UTF-8 are read as UTF-8.
 */
export function decodeBody(body: Buffer, contentType: string | null): string {
  const bom = bomEncoding(body);
  if (bom) return iconv.decode(body, bom.encoding);
  const declared = [charsetOf(contentType), ...declaredInDocument(body)]
    .map((label) => (label ? normalizeLabel(label) : null))
    .filter((label): label is string => label !== null && iconv.encodingExists(label));
  const utf8 = isValidUtf8(body);
  for (const label of declared) {
    if (label === "utf-8") {
      if (utf8) return decodeUtf8(body);
      continue;
    }
    if (label === "windows-1252" && utf8 && hasNonAscii(body)) return decodeUtf8(body);
    return iconv.decode(body, label);
  }
  return utf8 ? decodeUtf8(body) : iconv.decode(body, "windows-1252");
}

function bomEncoding(body: Buffer): { encoding: string } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { encoding: "utf-8" };
  if (body[0] === 0xff && body[1] === 0xfe) return { encoding: "utf-16le" };
  if (body[0] === 0xfe && body[1] === 0xff) return { encoding: "utf-16be" };
  return null;
}

function charsetOf(contentType: string | null): string | null {
  if (!contentType) return null;
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
}

// Looks at the start of the document only, as browsers do (the declaration must come early).
function declaredInDocument(body: Buffer): string[] {
  const head = body.subarray(0, SNIFF_BYTES).toString("latin1");
  const found: string[] = [];
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) found.push(xml[1]);
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) found.push(direct[1]);
  }
  return found;
}

function normalizeLabel(label: string): string | null {
  const lower = label.trim().toLowerCase();
  if (lower === "utf8" || lower === "utf-8" || lower === "unicode-1-1-utf-8") return "utf-8";
  if (WINDOWS_1252_LABELS.has(lower)) return "windows-1252";
  // UTF-16 declared inside an ASCII-readable document cannot be right (the tag itself would be unreadable).
  if (lower.startsWith("utf-16")) return "utf-8";
  return lower;
}

function isValidUtf8(body: Buffer): boolean {
  return isUtf8(body);
}

function hasNonAscii(body: Buffer): boolean {
  for (const byte of body) if (byte >= 0x80) return true;
  return false;
}

function decodeUtf8(body: Buffer): string {
  return body.toString("utf8");
}
