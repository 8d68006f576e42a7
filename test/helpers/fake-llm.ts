/** A fake OpenAI-compatible chat-completions server on 127.0.0.1: answers as the test says, records every request. */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One chat-completions request as the server received it. */
export interface ReceivedChat {
  path: string;
  authorization: string | undefined;
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format?: { type: string };
  };
}

/** What the fake does with a request: answer with the model's text, with an HTTP error, or never answer. */
export type FakeReply =
  | { content: string; usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number } }
  | { status: number; headers?: Record<string, string>; body?: string }
  | "hang";

/** The running fake. */
export interface FakeLlm {
  /** The /v1 root to give as LLM_BASE_URL. */
  baseUrl: string;
  received: ReceivedChat[];
  /** Decides each reply (default: an empty JSON object). */
  reply: (request: ReceivedChat) => FakeReply;
  close(): Promise<void>;
}

/** Starts the fake on a free port. */
export async function startFakeLlm(): Promise<FakeLlm> {
  const hanging = new Set<ServerResponse>();
  const fake: FakeLlm = {
    baseUrl: "",
    received: [],
    reply: () => ({ content: "{}" }),
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const received: ReceivedChat = {
      path: request.url ?? "",
      authorization: request.headers.authorization,
      body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as ReceivedChat["body"],
    };
    fake.received.push(received);
    const reply = fake.reply(received);
    if (reply === "hang") {
      hanging.add(response);
      return;
    }
    if ("status" in reply) {
      response.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      response.end(reply.body ?? JSON.stringify({ error: { message: `fake error ${reply.status}` } }));
      return;
    }
    response.writeHead(200, { "content-type": "application/json" });
    response.end(
      JSON.stringify({
        id: `chatcmpl-${fake.received.length}`,
        object: "chat.completion",
        created: 1_700_000_000,
        model: received.body.model,
        choices: [{ index: 0, message: { role: "assistant", content: reply.content }, finish_reason: "stop" }],
        usage: reply.usage ?? { prompt_tokens: 900, completion_tokens: 100, total_tokens: 1000 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}
