/** A fake Discord REST API and gateway on 127.0.0.1 for the real discord.js client (see DESIGN.md §8). */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { type FakeUpload, readMultipart } from "./read-multipart.js";

/** Snowflakes the fake uses. */
export const IDS = {
  app: "100000000000000001",
  bot: "100000000000000001",
  guild: "200000000000000002",
  channel: "300000000000000003",
  forum: "300000000000000004",
  thread: "300000000000000005",
  forumPost: "300000000000000006",
  user: "400000000000000004",
  dm: "300000000000000007",
} as const;

const VIEW_AND_SEND = (1n << 10n) | (1n << 11n) | (1n << 14n);
/** Permissions of a member with Manage Server (1 << 5). */
export const ADMIN_PERMISSIONS = (VIEW_AND_SEND | (1n << 5n)).toString();
/** Permissions of an ordinary member: view, send, embed links. */
export const MEMBER_PERMISSIONS = VIEW_AND_SEND.toString();

/** One REST request the fake received. */
export interface RestCall {
  method: string;
  /** Path without `/api/v10`, URL-decoded (`@original`, not `%40original`). */
  path: string;
  query: string;
  body: unknown;
  headers: IncomingMessage["headers"];
  /** Files of a multipart request (discord.js `files`), in order; the JSON part is `body`. */
  uploads?: FakeUpload[];
}

/** A file a user attached, as an interaction's `resolved.attachments` carries it. */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
}

/** A canned answer for requests that match, used up after `times` uses. */
export interface CannedFailure {
  method?: string;
  path: string | RegExp;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  times: number;
}

/** A channel the fake knows: type 0 text, 1 DM with the test user, 11 public thread, 15 forum. */
export interface FakeChannel {
  id: string;
  type: 0 | 1 | 11 | 15;
  parentId?: string;
}

/** Options of a slash-command interaction the fake dispatches. */
export interface InteractionOptions {
  options?: { name: string; type: number; value: string | number | boolean; focused?: boolean }[];
  /** Member permission bits as a decimal string (default MEMBER_PERMISSIONS). */
  permissions?: string;
  channelId?: string;
  /** 2 = application command, 4 = autocomplete. */
  type?: 2 | 4;
  /** The member's client language (default "en-US"), and the server's (absent by default). */
  locale?: string;
  guildLocale?: string;
  /** Typed in the user's DM with the bot (channel `channelId`, default IDS.dm): no server, no member. */
  dm?: boolean;
  /** Files the options refer to (attachment options carry their id as the value). */
  attachments?: FakeAttachment[];
}

/** The running fake; `close()` in afterEach. */
export interface FakeDiscord {
  /** The value for discord.js `rest: { api }` and DISCORD_API_ROOT. */
  restBase: string;
  calls: RestCall[];
  channels: Map<string, FakeChannel>;
  /** Answers matching requests with `status`/`body` instead of success. */
  fail(failure: Omit<CannedFailure, "times"> & { times?: number }): void;
  /** The IDENTIFY payloads the gateway received. */
  identifies: unknown[];
  /** Sends a gateway dispatch to the connected client. */
  dispatch(event: string, data: unknown): void;
  /** Dispatches INTERACTION_CREATE for `/name`; returns the interaction's id and token. */
  interaction(name: string, options?: InteractionOptions): { id: string; token: string };
  /** Dispatches GUILD_DELETE (unavailable=false: the bot was removed). */
  guildDelete(guildId: string, unavailable?: boolean): void;
  /** A file served under /attachments/ on this server (standing in for Discord's CDN); attach it to an interaction. */
  addAttachment(filename: string, bytes: Buffer | string, options?: { size?: number }): FakeAttachment;
  /** Downloads of attachments, in arrival order (their file names). */
  downloads: string[];
  /** The calls whose path starts with the callback or webhook routes of this interaction token. */
  callsFor(token: string): RestCall[];
  close(): Promise<void>;
}

/** Starts the fake on 127.0.0.1, port 0. */
export async function startFakeDiscord(): Promise<FakeDiscord> {
  const calls: RestCall[] = [];
  const identifies: unknown[] = [];
  const failures: CannedFailure[] = [];
  const channels = new Map<string, FakeChannel>([
    [IDS.channel, { id: IDS.channel, type: 0 }],
    [IDS.forum, { id: IDS.forum, type: 15 }],
    [IDS.thread, { id: IDS.thread, type: 11, parentId: IDS.channel }],
    [IDS.forumPost, { id: IDS.forumPost, type: 11, parentId: IDS.forum }],
    [IDS.dm, { id: IDS.dm, type: 1 }],
  ]);
  let socket: WebSocket | undefined;
  let seq = 0;
  let nextId = 500000000000000000n;
  let port = 0;
  let interactions = 0;
  const attachments = new Map<string, Buffer>();
  const downloads: string[] = [];

  const user = { id: IDS.user, username: "tester", global_name: "Tess Ter", discriminator: "0", avatar: null };
  const dmJson = (id: string) => ({ id, type: 1, recipients: [user], last_message_id: null });
  const channelJson = (channel: FakeChannel, name = "news") =>
    channel.type === 1 ? dmJson(channel.id) : guildChannelJson(channel, name);
  const guildChannelJson = (channel: FakeChannel, name: string) => ({
    id: channel.id,
    type: channel.type,
    guild_id: IDS.guild,
    name,
    position: 0,
    permission_overwrites: [],
    ...(channel.type === 15 ? { available_tags: [], default_reaction_emoji: null } : {}),
    ...(channel.parentId
      ? {
          parent_id: channel.parentId,
          owner_id: IDS.bot,
          thread_metadata: {
            archived: false,
            auto_archive_duration: 1440,
            archive_timestamp: new Date(0).toISOString(),
            locked: false,
          },
        }
      : {}),
  });
  const messageJson = (channelId: string, body: unknown) => {
    const fields = (body ?? {}) as Record<string, unknown>;
    return {
      id: (nextId++).toString(),
      channel_id: channelId,
      content: typeof fields.content === "string" ? fields.content : "",
      embeds: Array.isArray(fields.embeds) ? fields.embeds : [],
      flags: typeof fields.flags === "number" ? fields.flags : 0,
      type: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      author: { id: IDS.bot, username: "newsbrief", discriminator: "0000", avatar: null, bot: true },
    };
  };

  const route = (method: string, path: string, body: unknown): { status: number; body?: unknown } => {
    if (method === "GET" && path === "/gateway/bot") {
      return {
        status: 200,
        body: {
          url: `ws://127.0.0.1:${port}/gateway`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 },
        },
      };
    }
    if (method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    if (/^\/webhooks\/\d+\/[^/]+\/messages\/(@original|\d+)$/.test(path)) {
      return method === "DELETE" ? { status: 204 } : { status: 200, body: messageJson(IDS.channel, body) };
    }
    if (method === "POST" && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return { status: 200, body: messageJson(IDS.channel, body) };
    const match = /^\/channels\/(\d+)(\/messages|\/threads)?$/.exec(path);
    if (match) {
      const channel = channels.get(match[1] as string);
      if (!channel) return { status: 404, body: { message: "Unknown Channel", code: 10003 } };
      if (method === "GET" && !match[2]) return { status: 200, body: channelJson(channel) };
      if (method === "POST" && match[2] === "/messages") return { status: 200, body: messageJson(channel.id, body) };
      if (method === "POST" && match[2] === "/threads" && channel.type === 15) {
        const thread: FakeChannel = { id: (nextId++).toString(), type: 11, parentId: channel.id };
        channels.set(thread.id, thread);
        const name = String((body as { name?: unknown }).name ?? "");
        const message = (body as { message?: unknown }).message;
        return { status: 201, body: { ...channelJson(thread, name), message: messageJson(thread.id, message) } };
      }
    }
    if (method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && Array.isArray(body)) {
      return {
        status: 200,
        body: body.map((command: object, index) => ({
          id: `6000000000000000${10 + index}`,
          application_id: IDS.app,
          version: "1",
          type: 1,
          ...command,
        })),
      };
    }
    return { status: 404, body: { message: "Unknown route in fake", code: 0 } };
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://fake");
    const attachment = /^\/attachments\/\d+\/(.+)$/.exec(url.pathname);
    if (attachment) {
      const name = decodeURIComponent(attachment[1] as string);
      downloads.push(name);
      const bytes = attachments.get(url.pathname);
      res.writeHead(bytes ? 200 : 404, { "content-type": "application/octet-stream" });
      return res.end(bytes);
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, "");
    const whole = Buffer.concat(chunks);
    const raw = whole.toString();
    const contentType = String(req.headers["content-type"] ?? "");
    let body: unknown;
    let uploads: FakeUpload[] | undefined;
    if (contentType.includes("multipart/form-data")) {
      // discord.js sends files as multipart: the JSON body in payload_json, each file in files[n].
      const form = await readMultipart(whole, contentType);
      body = form.fields.payload_json ? JSON.parse(form.fields.payload_json) : undefined;
      uploads = [...form.files.values()];
    } else {
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
    }
    const method = req.method ?? "GET";
    calls.push({ method, path, query: url.search, body, headers: req.headers, ...(uploads ? { uploads } : {}) });
    const failure = failures.find(
      (f) =>
        f.times > 0 && (!f.method || f.method === method) && (typeof f.path === "string" ? f.path === path : f.path.test(path)),
    );
    const answer = failure ? { status: failure.status, body: failure.body, headers: failure.headers } : route(method, path, body);
    if (failure) failure.times--;
    const headers: Record<string, string> = { ...("headers" in answer ? answer.headers : {}) };
    if (answer.body !== undefined) headers["content-type"] = "application/json";
    res.writeHead(answer.status, headers);
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  });

  const wss = new WebSocketServer({ server, path: "/gateway" });
  const dispatch = (event: string, data: unknown) => {
    seq += 1;
    socket?.send(JSON.stringify({ op: 0, t: event, s: seq, d: data }));
  };
  wss.on("connection", (ws) => {
    socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on("message", (raw) => {
      const payload = JSON.parse(raw.toString()) as { op: number; d: unknown };
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (payload.op !== 2) return;
      identifies.push(payload.d);
      dispatch("READY", {
        v: 10,
        session_id: "fake-session",
        resume_gateway_url: `ws://127.0.0.1:${port}/gateway`,
        user: { id: IDS.bot, username: "newsbrief", discriminator: "0000", avatar: null, bot: true },
        application: { id: IDS.app, flags: 0 },
        guilds: [{ id: IDS.guild, unavailable: true }],
        shard: [0, 1],
      });
      dispatch("GUILD_CREATE", {
        id: IDS.guild,
        name: "Test Guild",
        unavailable: false,
        channels: [...channels.values()].filter((c) => c.type !== 11).map((c) => channelJson(c)),
        threads: [...channels.values()].filter((c) => c.type === 11).map((c) => channelJson(c)),
        roles: [{ id: IDS.guild, name: "@everyone", permissions: MEMBER_PERMISSIONS, position: 0 }],
        members: [],
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;

  return {
    restBase: `http://127.0.0.1:${port}/api`,
    calls,
    channels,
    identifies,
    dispatch,
    fail(failure) {
      failures.push({ times: 1, ...failure });
    },
    interaction(name, options = {}) {
      interactions += 1;
      const id = (700000000000000000n + BigInt(interactions)).toString();
      const token = `itoken-${id}`;
      const common = {
        id,
        token,
        application_id: IDS.app,
        type: options.type ?? 2,
        version: 1,
        data: {
          id: "600000000000000000",
          name,
          type: 1,
          options: options.options ?? [],
          ...(options.attachments
            ? { resolved: { attachments: Object.fromEntries(options.attachments.map((a) => [a.id, a])) } }
            : {}),
        },
        app_permissions: ADMIN_PERMISSIONS,
        locale: options.locale ?? "en-US",
        entitlements: [],
      };
      if (options.dm) {
        const dmId = options.channelId ?? IDS.dm;
        dispatch("INTERACTION_CREATE", {
          ...common,
          channel_id: dmId,
          channel: dmJson(dmId),
          user,
          authorizing_integration_owners: { "0": "0" },
          context: 1,
        });
        return { id, token };
      }
      const channelId = options.channelId ?? IDS.channel;
      dispatch("INTERACTION_CREATE", {
        ...common,
        guild_id: IDS.guild,
        channel_id: channelId,
        channel: channelJson(channels.get(channelId) ?? { id: channelId, type: 0 }),
        member: { user, roles: [], permissions: options.permissions ?? MEMBER_PERMISSIONS },
        ...(options.guildLocale ? { guild_locale: options.guildLocale } : {}),
        authorizing_integration_owners: { "0": IDS.guild },
        context: 0,
      });
      return { id, token };
    },
    addAttachment(filename, bytes, extra = {}) {
      const id = (nextId++).toString();
      const path = `/attachments/${id}/${encodeURIComponent(filename)}`;
      const data = Buffer.from(bytes);
      attachments.set(path, data);
      const url = `http://127.0.0.1:${port}${path}`;
      return { id, filename, size: extra.size ?? data.length, url, proxy_url: url, content_type: "text/x-opml" };
    },
    downloads,
    guildDelete(guildId, unavailable = false) {
      dispatch("GUILD_DELETE", unavailable ? { id: guildId, unavailable: true } : { id: guildId });
    },
    callsFor(token) {
      return calls.filter((call) => call.path.includes(`/${token}/`) || call.path.endsWith(`/${token}`));
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
