import { IngestError } from "../errors.js";
import { decodeBody } from "./decode-html.js";
import { type ExtractedArticle, extractArticle } from "./extract-article.js";
import { type FetchOptions, safeFetch } from "./safe-fetch.js";

/** Fetches an article page safely (page size cap, address policy) and extracts its text; throws IngestError. */
export async function fetchArticle(
  url: string,
  options: {
    allowPrivateNetworks?: boolean;
    lookup?: FetchOptions["lookup"];
    allowAddresses?: FetchOptions["allowAddresses"];
    timeoutMs?: number;
    signal?: AbortSignal;
  },
): Promise<ExtractedArticle & { url: string }> {
  const response = await safeFetch(url, { kind: "page", ...options });
  const type = response.contentType?.split(";")[0]?.trim().toLowerCase();
  if (type && !/html|xml|^text\//.test(type)) {
    throw new IngestError("bad-content", `${response.url} is not a web page (it is ${type})`);
  }
  const html = decodeBody(response.body, response.contentType);
  return { ...extractArticle(html, response.url), url: response.url };
}
