import { autoRetry } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Bot } from "grammy";
import { createTelegramPlatform } from "../adapters/telegram/index.js";
import { renderTelegram } from "../adapters/telegram/render.js";
import type { OutgoingMessage } from "../src/chat/message.js";
import { FAKE_BOT, type FakeTelegram, startFakeTelegram } from "../test/helpers/fake-telegram.js";

const LIMITS = { globalPerSecond: 30, perChatIntervalMs: 1000 };

/** A five-story digest, as the digest packer would hand it over (one Telegram message). */
function digest(): OutgoingMessage {
  return {
    blocks: Array.from({ length: 5 }, (_, i) => [
      {
        type: "heading" as const,
        text: `Story ${i + 1}: ministers agree a plan after talks & delays`,
        url: `https://news.example/${i}`,
      },
      {
        type: "text" as const,
        text: "The agreement, reached late on Thursday, sets out how the money will be spent over three years.",
      },
      { type: "quote" as const, text: "This is a good day for everyone who waited.", by: "A. Minister" },
      { type: "figure" as const, value: "$5bn", label: "the fund's size" },
      { type: "link" as const, text: "news.example · 1 h ago", url: `https://news.example/${i}` },
    ]).flat(),
  };
}

/** Chats: half private (positive ids), half channels and supergroups (-100…). */
function chats(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 100_000 + i : -1_000_000_000_000 - i));
}

/** Delivered, lost and duplicated messages per chat, from what the fake accepted. */
function tally(fake: FakeTelegram, ids: readonly number[]): { delivered: number; lost: number; duplicated: number } {
  const counts = new Map<number, number>();
  for (const call of fake.callsTo("sendMessage"))
    counts.set(Number(call.payload.chat_id), (counts.get(Number(call.payload.chat_id)) ?? 0) + 1);
  let lost = 0;
  let duplicated = 0;
  for (const id of ids) {
    const count = counts.get(id) ?? 0;
    if (count === 0) lost++;
    if (count > 1) duplicated += count - 1;
  }
  return { delivered: ids.length - lost, lost, duplicated };
}

/** The newsbrief platform: its throttled queue against a fake that enforces Telegram's limits. */
async function runPlatform(n: number) {
  const fake = await startFakeTelegram({ limits: LIMITS });
  const platform = createTelegramPlatform({ token: "1:BENCH", apiRoot: fake.apiRoot, botInfo: FAKE_BOT });
  const ids = chats(n);
  const message = digest();
  const started = performance.now();
  const results = await Promise.allSettled(ids.map((id) => platform.send(`telegram:${id}`, message)));
  const seconds = (performance.now() - started) / 1000;
  await platform.stop();
  await fake.close();
  const failed = results.filter((r) => r.status === "rejected").length;
  return { seconds, failed, limited: fake.limited, ...tally(fake, ids) };
}

/** Baselines: plain grammY with auto-retry, with grammY's throttler (its defaults) or none, sending everything at once. */
async function runGrammy(n: number, throttled: boolean) {
  const fake = await startFakeTelegram({ limits: LIMITS });
  const bot = new Bot("1:BENCH", { client: { apiRoot: fake.apiRoot }, botInfo: FAKE_BOT });
  if (throttled) bot.api.config.use(apiThrottler());
  bot.api.config.use(autoRetry());
  const ids = chats(n);
  const [text] = renderTelegram(digest());
  const started = performance.now();
  const results = await Promise.allSettled(ids.map((id) => bot.api.sendMessage(id, text?.html ?? "", { parse_mode: "HTML" })));
  const seconds = (performance.now() - started) / 1000;
  await fake.close();
  const failed = results.filter((r) => r.status === "rejected").length;
  return { seconds, failed, limited: fake.limited, ...tally(fake, ids) };
}

/** Prints a digest fan-out to `n` Telegram chats (default 2,000: about 67 s by design) against 30 msg/s and 1/s per chat. */
export async function benchTelegramFanout(n = 2000): Promise<void> {
  const [sample] = renderTelegram(digest());
  console.log(`telegram fan-out: a ${sample?.html.length ?? 0}-character digest to ${n} chats`);
  console.log(
    `  fake Bot API enforces ${LIMITS.globalPerSecond} msg/s overall (sliding 1 s window) and 1 msg/s per chat, answering 429 retry_after 1`,
  );
  const ours = await runPlatform(n);
  const rate = ours.delivered / ours.seconds;
  console.log(
    `  newsbrief queue: ${ours.delivered}/${n} delivered in ${ours.seconds.toFixed(1)} s = ${rate.toFixed(1)} msg/s ` +
      `(${((100 * rate) / LIMITS.globalPerSecond).toFixed(1)} % of the allowed ${LIMITS.globalPerSecond}/s; target ≥ 90 %)`,
  );
  console.log(
    `    429s answered: ${ours.limited} (target 0); lost: ${ours.lost}, duplicated: ${ours.duplicated}, failed sends: ${ours.failed} (target 0)`,
  );
  const baselineN = Math.min(n, 300);
  for (const [label, throttled] of [
    ["grammY + auto-retry + transformer-throttler defaults", true],
    ["grammY + auto-retry, no throttler", false],
  ] as const) {
    const base = await runGrammy(baselineN, throttled);
    const baseRate = base.delivered / base.seconds;
    console.log(
      `  baseline, ${label} (${baselineN} chats): ${baseRate.toFixed(1)} msg/s ` +
        `(${((100 * baseRate) / LIMITS.globalPerSecond).toFixed(1)} %), 429s answered: ${base.limited}, lost: ${base.lost}, duplicated: ${base.duplicated}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchTelegramFanout(Number(process.argv[2] ?? 2000));
}
