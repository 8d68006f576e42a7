/** A send pacer: hands out permission to send so that Telegram's sliding-window limits are never crossed. */

/**
 * Limits the pacer keeps. A message counts from the moment its answer came back (an upper bound of when
 * Telegram received it, so a request delayed on the way cannot squeeze into the server's window) and, while
 * in flight, as "now".
 */
export interface PacerLimits {
  /** Messages in any one-second window, all chats together (Telegram: about 30). */
  perSecond: number;
  /** Minimum milliseconds between two messages to the same chat (Telegram: about 1 s). */
  perChatIntervalMs: number;
  /** Messages per minute to one group, supergroup or channel (Telegram: 20). */
  perGroupPerMinute: number;
  /** Added to every window for clock rounding. */
  marginMs: number;
}

const BURST = 3;

interface Waiter {
  chat: string;
  group: boolean;
  resolve: (done: () => void) => void;
}

/** A send: undefined `at` while in flight, then the time its answer arrived. */
interface Sent {
  at: number | undefined;
}

/**
 * One queue for every send of a bot. A waiter is let through when the global window has room, the global
 * pace allows it and its chat is ready; chats that must wait never hold back the others, and each chat's
 * messages leave in the order they were queued.
 */
export class SendPacer {
  private readonly queue: Waiter[] = [];
  private readonly recent: Sent[] = [];
  private readonly chatSends = new Map<string, Sent[]>();
  // A token bucket for the even pace: one token per 1000/perSecond ms, at most BURST saved, so a timer
  // that fires late lets the next messages catch up instead of losing the time for good.
  private tokens = 1;
  private refilledAt: number | undefined;
  private lastCleanup = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly limits: PacerLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Waits until a message to `chat` may leave; `group` for groups, supergroups and channels (negative ids).
   * Call the returned `done` when the answer (or the error) came back.
   */
  acquire(chat: string, group: boolean): Promise<() => void> {
    return new Promise<() => void>((resolve) => {
      this.queue.push({ chat, group, resolve });
      this.pump();
    });
  }

  /** Messages waiting for their turn. */
  get waiting(): number {
    return this.queue.length;
  }

  private pump(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.now();
    const { perSecond, marginMs } = this.limits;
    const window = 1000 + marginMs;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const at = this.recent[i]?.at;
      if (at !== undefined && at <= now - window) this.recent.splice(i, 1);
    }
    // An even pace inside the window: no bursts of `perSecond` at once.
    const spacing = 1000 / perSecond;
    this.tokens = Math.min(BURST, this.tokens + (now - (this.refilledAt ?? now)) / spacing);
    this.refilledAt = now;
    let wait = Number.POSITIVE_INFINITY;
    const seen = new Set<string>();
    for (let i = 0; i < this.queue.length; ) {
      if (this.recent.length >= perSecond) {
        // In-flight sends free nothing until they finish (done() pumps again).
        const finished = this.recent.flatMap((sent) => (sent.at === undefined ? [] : [sent.at]));
        if (finished.length > 0) wait = Math.min(wait, Math.min(...finished) + window - now);
        break;
      }
      if (this.tokens < 1) {
        wait = Math.min(wait, Math.ceil((1 - this.tokens) * spacing));
        break;
      }
      const waiter = this.queue[i] as Waiter;
      if (seen.has(waiter.chat)) {
        i++;
        continue;
      }
      seen.add(waiter.chat);
      const readyAt = this.chatReadyAt(waiter, now);
      if (readyAt > now) {
        wait = Math.min(wait, readyAt - now);
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      waiter.resolve(this.record(waiter.chat));
    }
    this.cleanup(now);
    if (this.queue.length > 0 && Number.isFinite(wait)) this.timer = setTimeout(() => this.pump(), Math.max(1, wait));
  }

  /** When the chat may get its next message; +Infinity while its last one is in flight (done() pumps again). */
  private chatReadyAt(waiter: Waiter, now: number): number {
    const sends = this.chatSends.get(waiter.chat);
    const last = sends?.[sends.length - 1];
    if (!sends || !last) return now;
    if (last.at === undefined) return Number.POSITIVE_INFINITY;
    let readyAt = last.at + this.limits.perChatIntervalMs + this.limits.marginMs;
    if (waiter.group) {
      const minute = 60_000 + this.limits.marginMs;
      const inWindow = sends.filter((sent) => sent.at === undefined || sent.at > now - minute);
      const first = inWindow[0]?.at ?? now;
      if (inWindow.length >= this.limits.perGroupPerMinute) readyAt = Math.max(readyAt, first + minute);
    }
    return readyAt;
  }

  /** Records a send leaving now; the returned callback stamps it when its answer is back. */
  private record(chat: string): () => void {
    const sent: Sent = { at: undefined };
    this.recent.push(sent);
    this.tokens -= 1;
    const sends = this.chatSends.get(chat) ?? [];
    sends.push(sent);
    if (sends.length > this.limits.perGroupPerMinute) sends.shift();
    this.chatSends.set(chat, sends);
    return () => {
      if (sent.at !== undefined) return;
      sent.at = this.now();
      this.pump();
    };
  }

  /** Forgets chats idle for over a minute (at most once a minute). */
  private cleanup(now: number): void {
    if (now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    for (const [chat, sends] of this.chatSends) {
      const last = sends[sends.length - 1]?.at;
      if (last !== undefined && last < now - 61_000 - this.limits.marginMs) this.chatSends.delete(chat);
    }
  }
}
