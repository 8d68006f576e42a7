/** Discord interactions → Invocation: options, admin rights, deferred and ephemeral answers, topic autocomplete. */
import {
  ApplicationCommandOptionType,
  AttachmentBuilder,
  type AutocompleteInteraction,
  ChannelType,
  type ChatInputCommandInteraction,
  GuildMember,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
} from "discord.js";
import {
  type ChannelKey,
  downloadedFile,
  type Invocation,
  type Logger,
  type OutgoingFile,
  type OutgoingMessage,
  type ReceivedFile,
} from "../../src/index.js";
import { clip } from "./escape-text.js";
import { DISCORD_LIMITS, type DiscordMessage, renderMessage } from "./render.js";

/** Where adapter problems are reported (the app's Logger, or console). */
export type DiscordLog = Pick<Logger, "warn" | "error">;

/** What a reply carries on every message: news text never pings anyone. */
export const NO_MENTIONS = { parse: [] } as const;

type State = "new" | "deferred" | "answered";

/** Answers one command interaction: replies directly when fast, defers after `deferAfterMs`, then edits and follows up. */
export class InteractionResponder {
  private state: State = "new";
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly interaction: ChatInputCommandInteraction,
    private readonly log: DiscordLog,
    deferAfterMs: number,
  ) {
    // Discord wants an answer within 3 s; a deferral ("thinking…") buys 15 min for the real one.
    if (deferAfterMs <= 0) void this.defer();
    else this.timer = setTimeout(() => void this.defer(), deferAfterMs);
  }

  /** Shows "thinking…" unless an answer went out already. */
  defer(): Promise<void> {
    return this.enqueue(async () => {
      if (this.state !== "new") return;
      await this.interaction.deferReply();
      this.state = "deferred";
    }).catch((error: unknown) => this.log.error("discord: deferReply failed", { error }));
  }

  /** Posts a message visible to the channel (the first one edits the deferred answer). */
  reply(message: OutgoingMessage): Promise<void> {
    return this.answer(renderMessage(message), false, message.file);
  }

  /** Posts a message only the invoker sees (errors they caused). */
  replyError(message: OutgoingMessage): Promise<void> {
    return this.answer(renderMessage(message), true);
  }

  /** After the command ran: removes a "thinking…" that no answer replaced. */
  finish(): Promise<void> {
    clearTimeout(this.timer);
    return this.enqueue(async () => {
      if (this.state === "deferred") await this.interaction.deleteReply();
    }).catch((error: unknown) => this.log.warn("discord: could not clear a deferred answer", { error }));
  }

  private answer(messages: DiscordMessage[], ephemeral: boolean, file?: OutgoingFile): Promise<void> {
    clearTimeout(this.timer);
    return this.enqueue(async () => {
      const flags = ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
      const bodies = messages.length > 0 || !file ? messages : [{ embeds: [] }];
      for (const [index, message] of bodies.entries()) {
        // A file rides on the last message of the answer.
        const files = file && index === bodies.length - 1 ? { files: [toAttachment(file)] } : {};
        const payload = { ...toReply(message), ...files };
        if (this.state === "new") await this.interaction.reply({ ...payload, ...flags });
        else if (this.state === "deferred" && !ephemeral) await this.interaction.editReply(payload);
        else {
          // A deferred answer is public; an ephemeral error replaces it with a private follow-up.
          if (this.state === "deferred") await this.interaction.deleteReply();
          await this.interaction.followUp({ ...payload, ...flags });
        }
        this.state = "answered";
      }
    });
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function toAttachment(file: OutgoingFile): AttachmentBuilder {
  return new AttachmentBuilder(Buffer.from(file.bytes), { name: file.name });
}

function toReply(message: DiscordMessage): {
  content?: string;
  embeds: DiscordMessage["embeds"];
  allowedMentions: typeof NO_MENTIONS;
} {
  return { ...(message.content ? { content: message.content } : {}), embeds: message.embeds, allowedMentions: NO_MENTIONS };
}

/** The Invocation of a slash command: typed option values, the channel, and whether the member has Manage Server. */
export function toInvocation(interaction: ChatInputCommandInteraction, responder: InteractionResponder): Invocation {
  const values: Record<string, string | number | boolean> = {};
  let attachment: ReceivedFile | undefined;
  for (const option of interaction.options.data) {
    // An attachment option's value is the id of a file the interaction resolves; the command reads the file itself.
    if (option.type === ApplicationCommandOptionType.Attachment) {
      const file = option.attachment;
      if (file) attachment = downloadedFile(file.name, file.url, { size: file.size });
      continue;
    }
    if (option.value !== undefined && option.value !== null) values[option.name] = option.value;
  }
  const member = interaction.member;
  return {
    command: interaction.commandName,
    input: { kind: "options", values },
    channel: channelKeyOf(interaction),
    invoker: {
      id: interaction.user.id,
      displayName: member instanceof GuildMember ? member.displayName : (member?.nick ?? interaction.user.displayName),
      // Checked at run time too: default_member_permissions only hides the command, and server admins can change it.
      isAdmin: interaction.inGuild() && (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false),
      inPrivateChat: isBotDm(interaction),
    },
    // The member's client language answers them; the server's language is remembered for digests.
    locale: interaction.locale,
    ...(interaction.guildLocale ? { chatLocale: interaction.guildLocale } : {}),
    reply: (message) => responder.reply(message),
    replyError: (message) => responder.replyError(message),
    // A text answer goes in content (2000) or, longer, in one embed's description (4096).
    limits: { messageChars: DISCORD_LIMITS.description },
    ...(attachment ? { attachment } : {}),
  };
}

/** True for a command typed in the user's DM with the bot (not a server, not a group DM of a user-installed app). */
export function isBotDm(interaction: Pick<ChatInputCommandInteraction, "context" | "guildId" | "channel">): boolean {
  if (interaction.context !== null && interaction.context !== undefined)
    return interaction.context === InteractionContextType.BotDM;
  // Older payloads carry no context: a DM channel outside any server.
  return interaction.guildId === null && interaction.channel?.type === ChannelType.DM;
}

/** The chat a command speaks for: its channel or thread, but a forum for a command typed in one of its posts. */
export function channelKeyOf(interaction: ChatInputCommandInteraction): ChannelKey {
  const channel = interaction.channel;
  const parent = channel?.isThread() ? channel.parent : null;
  // A forum holds posts, not messages: subscribing from a post subscribes the forum, and each digest becomes a new post.
  if (parent && (parent.type === ChannelType.GuildForum || parent.type === ChannelType.GuildMedia)) return `discord:${parent.id}`;
  return `discord:${interaction.channelId}`;
}

/** Discord's cap on autocomplete answers. */
export const MAX_AUTOCOMPLETE_CHOICES = 25;

/** Topics matching what the user typed: prefix matches first, then word or substring matches; at most 25. */
export function matchTopics(topics: readonly string[], typed: string): string[] {
  const query = typed.trim().toLowerCase();
  const unique = [...new Set(topics.map((topic) => topic.trim()).filter(Boolean))];
  const prefix = unique.filter((topic) => topic.toLowerCase().startsWith(query));
  const inside = unique.filter((topic) => !topic.toLowerCase().startsWith(query) && topic.toLowerCase().includes(query));
  return [...prefix, ...inside].slice(0, MAX_AUTOCOMPLETE_CHOICES);
}

/** Answers an autocomplete interaction for a topic option (the only autocomplete source commands declare). */
export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  topicChoices: (() => Promise<string[]>) | undefined,
  log: DiscordLog,
): Promise<void> {
  let topics: string[] = [];
  try {
    topics = topicChoices ? await topicChoices() : [];
  } catch (error) {
    log.warn("discord: topic choices failed", { error });
  }
  const typed = String(interaction.options.getFocused(true).value ?? "");
  const choices = matchTopics(topics, typed).map((topic) => ({ name: clip(topic, 100), value: topic.slice(0, 100) }));
  await interaction.respond(choices);
}
