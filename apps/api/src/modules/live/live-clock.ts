import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../core/clock.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { announceCounters } from './announce-counters.ts';
import { announceDueAnswers } from './announce-due-answers.ts';
import { announcePhases } from './announce-phases.ts';
import { nextDueAt } from './next-due.ts';

export type LiveClockOptions = {
  prisma: PrismaClient;
  clock: Clock;
  log: FastifyBaseLogger;
  /** Longest sleep between runs: how late news can be if a wake-up was missed. */
  maxSleepMs?: number;
  /** How often the live counters are compared and sent. */
  countersEveryMs?: number;
};

export type LiveClockRun = { answers: number; phases: number; counters: number };

// Fire just after the due instant, so that `publishAt <= now` holds when the run reads the clock.
const AFTER_DUE_MS = 5;
// Wake-ups (an event, the test clock moving) come in bursts; one run serves a burst.
const POKE_DEBOUNCE_MS = 50;

/**
 * What happens at a time rather than on a request: at the live start the exchange turns live and
 * its pre-answers reach open pages; at the end the pages learn it is over; while live the
 * counters follow. Reads never depend on this (visibility and state follow the clock on every
 * read); it only sends the news, once, from whichever instance gets there first.
 *
 * Every instance runs one. It sleeps until the next due instant, at most maxSleepMs, and is
 * poked early when something may have moved a due time (an admin rescheduling, an approval).
 */
export class LiveClock {
  private readonly maxSleepMs: number;
  private readonly countersEveryMs: number;
  private timer: NodeJS.Timeout | null = null;
  private pokeTimer: NodeJS.Timeout | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private lastCountersAt = Number.NEGATIVE_INFINITY;
  private started = false;

  constructor(private readonly options: LiveClockOptions) {
    this.maxSleepMs = options.maxSleepMs ?? 5_000;
    this.countersEveryMs = options.countersEveryMs ?? 5_000;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.schedule(0);
  }

  stop(): void {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    if (this.pokeTimer) clearTimeout(this.pokeTimer);
    this.timer = null;
    this.pokeTimer = null;
  }

  /** Something may have made news due now: run soon rather than at the next planned wake. */
  poke(): void {
    if (!this.started || this.pokeTimer) return;
    this.pokeTimer = setTimeout(() => {
      this.pokeTimer = null;
      this.schedule(0);
    }, POKE_DEBOUNCE_MS);
    this.pokeTimer.unref();
  }

  /**
   * Sends every piece of news due at the clock's now. Runs are queued one after another, so a
   * call made while one is under way still sees everything due by the time it was made.
   */
  runDue(options: { counters?: boolean } = {}): Promise<LiveClockRun> {
    const run = this.queue.then(() => this.runOnce(options.counters ?? false));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async runOnce(forceCounters: boolean): Promise<LiveClockRun> {
    const { prisma, clock } = this.options;
    const now = clock.now();
    // Phases first, so a page hears "started" before the pre-answers arrive.
    const phases = await announcePhases(prisma, now);
    const answers = await announceDueAnswers(prisma, now);

    let counters = 0;
    const wall = performance.now();
    if (forceCounters || wall - this.lastCountersAt >= this.countersEveryMs) {
      this.lastCountersAt = wall;
      counters = await announceCounters(prisma, now);
    }
    return { answers, phases, counters };
  }

  private schedule(delayMs: number): void {
    if (!this.started) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = null;
    try {
      const run = await this.runDue();
      if (run.answers + run.phases + run.counters > 0) {
        this.options.log.info(run, 'live clock sent news');
      }
      this.schedule(await this.sleepUntilNextDue());
    } catch (error) {
      // A database restart must not stop the clock: try again after the usual sleep.
      this.options.log.error({ err: error }, 'live clock run failed');
      this.schedule(this.maxSleepMs);
    }
  }

  private async sleepUntilNextDue(): Promise<number> {
    const now = this.options.clock.now();
    const next = await nextDueAt(this.options.prisma, now);
    if (!next) return this.maxSleepMs;
    const untilDue = next.getTime() - now.getTime() + AFTER_DUE_MS;
    return Math.max(0, Math.min(untilDue, this.maxSleepMs));
  }
}
