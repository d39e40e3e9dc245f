// Brute force made slow: failed join codes and wrong secrets are counted per client address
// (rate-limiter-flexible); past the limit every attempt from that address is refused for a while,
// right or wrong, so the answer says nothing about the code.
import { RateLimiterMemory } from "rate-limiter-flexible";

export interface FailureLimits {
  /** Failures allowed per address and window. */
  failures: number;
  windowSeconds: number;
}

export interface FailureLimiter {
  /** Milliseconds until this address may try again, or 0. */
  blockedFor(key: string): Promise<number>;
  failed(key: string): Promise<void>;
}

export function failureLimiter({ failures, windowSeconds }: FailureLimits): FailureLimiter {
  const limiter = new RateLimiterMemory({ points: failures, duration: windowSeconds });
  return {
    async blockedFor(key) {
      const state = await limiter.get(key);
      return state && state.consumedPoints >= failures ? Math.max(1, state.msBeforeNext) : 0;
    },
    async failed(key) {
      await limiter.penalty(key, 1);
    },
  };
}
