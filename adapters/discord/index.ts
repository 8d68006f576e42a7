/** The Discord platform: slash commands in, briefs and digests out as embeds, through discord.js. */
import {
  ChannelType,
  Client,
  DefaultRestOptions,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  type Interaction,
  type MessageCreateOptions,
  MessageFlags,
  RESTEvents,
  Status,
} from "discord.js";
import {
  type ChannelKey,
  type ChatPlatform,
  type CommandSpec,
  DeliveryError,
  type Dispatch,
  type OutgoingMessage,
  type PlatformLimits,
  type SendOptions,
} from "../../src/index.js";
import type { SendBudget } from "../../src/jobs/send-budget.js";
import { registerSlashCommands } from "./commands.js";
import { toDeliveryError } from "./errors.js";
import { clip, neutraliseMentions } from "./escape-text.js";
import { answerAutocomplete, type DiscordLog, InteractionResponder, NO_MENTIONS, toInvocation } from "./invocation.js";
import { DISCORD_LIMITS, type DiscordMessage, renderMessage } from "./render.js";

/** Command publishing and the invite link, for `newsbrief register`. */
export { BOT_PERMISSIONS, inviteUrl, registerSlashCommands, toSlashCommand } from "./commands.js";
/** Where the adapter reports problems. */
export type { DiscordLog } from "./invocation.js";

/** How to reach Discord and what to tell the rest of newsbrief. */
export interface DiscordPlatformOptions {
  /** DISCORD_TOKEN: the bot token. */
  token: string;
  /** DISCORD_APPLICATION_ID. */
  applicationId: string;
  /** DISCORD_API_ROOT, e.g. "http://127.0.0.1:8080/api" for a double; the gateway address then comes from its GET /gateway/bot. */
  apiRoot?: string;
  /** DISCORD_GUILD_ID: register commands in this server only (instant updates) instead of globally. */
  guildId?: string;
  log?: DiscordLog;
  /** Built-in and subscribed topics, for autocomplete of topic options. */
  topicChoices?: () => Promise<string[]>;
  /**
   * Called when the bot was removed from a server (not on an outage), to pause that server's subscriptions;
   * `channels` are the server's channels and threads the bot knew (subscriptions are keyed by channel).
   */
  onGuildLeft?: (guildId: string, channels: ChannelKey[]) => void | Promise<void>;
  /** DISCORD_SHARDS: the gateway shards this instance runs (several instances split them), or "auto" for all. */
  shards?: readonly number[] | "auto";
  /** DISCORD_SHARD_COUNT: shards over all instances (required with a list of shards). */
  shardCount?: number;
  /** Several instances with one token: the token's global request budget (50/s), shared by all of them. */
  sendBudget?: SendBudget;
  /** Told about each 429 answer, with its retry-after in seconds (metrics). */
  onRateLimited?: (retryAfterSeconds: number) => void;
  /** Defer ("thinking…") a command not answered within this many ms; 0 defers at once. Default 1000 (Discord allows 3000). */
  deferAfterMs?: number;
}

/** Builds the Discord ChatPlatform: intents Guilds only, mentions disabled on every message. */
export function createDiscordPlatform(options: DiscordPlatformOptions): ChatPlatform {
  const log = options.log ?? console;
  const deferAfterMs = options.deferAfterMs ?? 1000;
  const budget = options.sendBudget;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: {
      ...(options.apiRoot ? { api: options.apiRoot } : {}),
      ...(budget ? { makeRequest: budgeted(budget) } : {}),
    },
    ...(options.shards ? { shards: options.shards } : {}),
    ...(options.shardCount ? { shardCount: options.shardCount } : {}),
    allowedMentions: NO_MENTIONS,
  });
  // REST works before login (registration, digests sent from the CLI); the queue in client.rest handles 429s.
  client.rest.setToken(options.token);
  // The queue waits out 429s by itself; say so, since a slow digest is otherwise a mystery.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429) return;
    log.warn("discord: rate limited, waiting", { method: request.method, route: request.route });
    options.onRateLimited?.(Number(response.headers.get("retry-after") ?? 0));
  });
  const inFlight = new Set<Promise<void>>();
  let started = false;
  let interactionHandler: ((interaction: Interaction) => void) | undefined;

  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  const onInteraction = (dispatch: Dispatch) => (interaction: Interaction) => {
    if (interaction.isAutocomplete()) {
      track(
        answerAutocomplete(interaction, options.topicChoices, log).catch((error: unknown) =>
          log.warn("discord: autocomplete failed", { error }),
        ),
      );
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    const responder = new InteractionResponder(interaction, log, deferAfterMs);
    track(
      (async () => {
        try {
          await dispatch(toInvocation(interaction, responder));
        } catch (error) {
          log.error("discord: dispatch threw", { command: interaction.commandName, error });
        }
        await responder.finish();
      })(),
    );
  };

  const onRaw = (packet: { t?: string | null; d?: unknown }) => {
    if (packet.t !== GatewayDispatchEvents.GuildDelete || !options.onGuildLeft) return;
    const data = packet.d as { id: string; unavailable?: boolean };
    // unavailable: true is an outage, not a removal (https://discord.com/developers/docs/events/gateway-events#guild-delete).
    if (data.unavailable) return;
    // Raw comes before discord.js handles the packet, so the server's channels are still in the cache.
    const known = client.guilds.cache.get(data.id)?.channels.cache;
    const channels = [...(known?.keys() ?? [])].map((id): ChannelKey => `discord:${id}`);
    track(
      Promise.resolve()
        .then(() => options.onGuildLeft?.(data.id, channels))
        .catch((error: unknown) => log.error("discord: onGuildLeft failed", { guildId: data.id, error })),
    );
  };

  const limits: PlatformLimits = {
    messageChars: DISCORD_LIMITS.charsPerMessage,
    embedsPerMessage: DISCORD_LIMITS.embedsPerMessage,
  };

  return {
    name: "discord",
    limits,

    async registerCommands(specs: readonly CommandSpec[]) {
      const target = { applicationId: options.applicationId, ...(options.guildId ? { guildId: options.guildId } : {}) };
      await registerSlashCommands(client.rest, target, specs);
    },

    async start(dispatch: Dispatch) {
      if (started) return;
      started = true;
      interactionHandler = onInteraction(dispatch);
      client.on(Events.InteractionCreate, interactionHandler);
      client.on(Events.Raw, onRaw);
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(options.token);
      await ready;
    },

    health() {
      if (!started) return { ok: false, reason: "discord: not started" };
      const status = client.ws.status;
      return status === Status.Ready ? { ok: true } : { ok: false, reason: `discord: gateway ${Status[status] ?? status}` };
    },

    async send(channel: ChannelKey, message: OutgoingMessage, sendOptions: SendOptions = {}) {
      const channelId = channelIdOf(channel);
      const bodies = renderMessage(message).map((body) => toCreate(body, sendOptions));
      const [first, ...rest] = bodies;
      if (!first) return;
      try {
        const target = await client.channels.fetch(channelId, { allowUnknownGuild: true });
        if (!target) throw new DeliveryError(`Discord channel ${channelId} not found`, { permanent: true });
        if (target.type === ChannelType.GuildForum || target.type === ChannelType.GuildMedia) {
          // A forum holds posts, not messages: one post (thread) per digest, the rest of the digest inside it.
          const thread = await target.threads.create({ name: threadName(message), message: first });
          for (const body of rest) await thread.send(body);
          return;
        }
        if (!target.isSendable())
          throw new DeliveryError(`Discord channel ${channelId} cannot receive messages`, { permanent: true });
        for (const body of bodies) await target.send(body);
      } catch (error) {
        throw toDeliveryError(error, channelId);
      }
    },

    async stop() {
      if (interactionHandler) client.off(Events.InteractionCreate, interactionHandler);
      client.off(Events.Raw, onRaw);
      await Promise.allSettled([...inFlight]);
      await client.destroy();
      started = false;
    },
  };
}

type MakeRequest = typeof DefaultRestOptions.makeRequest;

// discord.js paces each route and its own process; the global 50/s belongs to the token, so every request of
// every instance draws from the shared budget, and a global 429 pauses them all.
function budgeted(budget: SendBudget): MakeRequest {
  return async (url, init) => {
    const spent = await budget.acquire("global", false);
    try {
      const response = await DefaultRestOptions.makeRequest(url, init);
      if (response.status === 429 && response.headers.get("x-ratelimit-global")) {
        await budget.pause(Number(response.headers.get("retry-after") ?? 1) * 1000);
      }
      return response;
    } finally {
      await spent();
    }
  };
}

function channelIdOf(channel: ChannelKey): string {
  const match = /^discord:(\d{17,20})$/.exec(channel);
  if (!match?.[1]) throw new DeliveryError(`Not a Discord channel: ${channel}`, { permanent: true });
  return match[1];
}

function toCreate(body: DiscordMessage, options: SendOptions): MessageCreateOptions {
  return {
    ...(body.content ? { content: body.content } : {}),
    embeds: body.embeds,
    allowedMentions: NO_MENTIONS,
    // Quiet hours: delivered without a push or desktop notification.
    ...(options.silent ? { flags: MessageFlags.SuppressNotifications } : {}),
  };
}

/** A forum post's title (≤ 100): the message's first heading or text. */
function threadName(message: OutgoingMessage): string {
  for (const block of message.blocks) {
    if (block.type === "heading" || block.type === "text") {
      const text = neutraliseMentions(block.text.replace(/\s+/g, " ").trim());
      if (text) return clip(text, 100);
    }
  }
  return "News digest";
}
