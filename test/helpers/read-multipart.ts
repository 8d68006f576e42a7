/** multipart/form-data bodies as the fakes receive them (grammY's InputFile uploads, discord.js files), read with busboy. */
import busboy from "busboy";

/** A file part: its file name and its bytes as UTF-8 text. */
export interface FakeUpload {
  filename: string;
  text: string;
}

/** The fields (strings) and files (by field name) of one multipart body. */
export async function readMultipart(
  body: Buffer,
  contentType: string,
): Promise<{ fields: Record<string, string>; files: Map<string, FakeUpload> }> {
  const fields: Record<string, string> = {};
  const files = new Map<string, FakeUpload>();
  await new Promise<void>((resolve, reject) => {
    const parser = busboy({ headers: { "content-type": contentType } });
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => files.set(name, { filename: info.filename ?? name, text: Buffer.concat(chunks).toString("utf8") }));
    });
    parser.on("close", () => resolve());
    parser.on("error", reject);
    parser.end(body);
  });
  return { fields, files };
}
