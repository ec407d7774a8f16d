// Failed sign-in attempts per key (email, and the client the attempts come from) in a
// sliding window. In memory: the main process is the only place sign-ins happen.
import type { Clock } from '../../infra/clock';

export interface RateLimitPolicy {
  maxFailures: number;
  windowMs: number;
}

export class FailureRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly policy: RateLimitPolicy = { maxFailures: 5, windowMs: 15 * 60_000 },
  ) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.policy.maxFailures) return 0;
    const oldest = recent[recent.length - this.policy.maxFailures]!;
    return Math.max(1, Math.ceil((oldest + this.policy.windowMs - this.clock.now().getTime()) / 1000));
  }

  recordFailure(key: string): void {
    const recent = this.recent(key);
    recent.push(this.clock.now().getTime());
    this.failures.set(key, recent);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.clock.now().getTime() - this.policy.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }
}
