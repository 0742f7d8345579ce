import type { Logger } from '../log/createLogger.js';

/**
 * Whether Neo4j answers, as the request path last saw it: a circuit breaker. When a query finds
 * the database gone, requests are refused at once (DATABASE_UNAVAILABLE) instead of each waiting
 * on the driver's connection and acquisition timeouts, and one probe asks Bolt every
 * `probeIntervalMs` until it answers; then requests flow again, within one interval of Neo4j's
 * return. Each change of state is logged once, the way back with the outage's length and how many
 * requests were refused meanwhile: during issue 9's outage every failed request logged a driver
 * stack trace (359,210 lines in 55 s).
 */
export class Availability {
  private outage: { since: number; refused: number } | undefined;
  private probing = false;
  private stopped = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly logger: Logger,
    private readonly probeIntervalMs = 250,
  ) {}

  get isUp(): boolean {
    return this.outage === undefined;
  }

  /** Counts a request refused during the outage (reported when it ends). */
  refused(): void {
    if (this.outage) this.outage.refused += 1;
  }

  markDown(cause: unknown): void {
    if (this.outage || this.stopped) return;
    this.outage = { since: Date.now(), refused: 1 };
    const code = (cause as { code?: unknown } | null)?.code;
    this.logger.warn(
      { event: 'database-down', code },
      'Neo4j stopped answering: refusing requests with DATABASE_UNAVAILABLE until it answers again.',
    );
    void this.probeUntilUp();
  }

  /** Stops probing (at shutdown); the state stays as it is. */
  stop(): void {
    this.stopped = true;
  }

  private async probeUntilUp(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      while (this.outage && !this.stopped) {
        await new Promise((resolve) => setTimeout(resolve, this.probeIntervalMs).unref());
        try {
          await this.probe();
        } catch {
          continue;
        }
        const { since, refused } = this.outage;
        this.outage = undefined;
        this.logger.info(
          { event: 'database-up', downMs: Date.now() - since, refused },
          `Neo4j answers again after ${((Date.now() - since) / 1000).toFixed(1)} s; ${refused} requests were refused meanwhile.`,
        );
      }
    } finally {
      this.probing = false;
    }
  }
}
