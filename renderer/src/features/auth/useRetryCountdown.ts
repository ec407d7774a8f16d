// After RATE_LIMITED: seconds left before the next attempt, ticking down.
import { useState } from 'react';
import { useNow } from '../../ui/useNow';

export function useRetryCountdown(): { secondsLeft: number; start: (seconds: number | undefined) => void } {
  const [until, setUntil] = useState(0);
  const now = useNow(1000);
  const secondsLeft = until > now ? Math.ceil((until - now) / 1000) : 0;
  return { secondsLeft, start: (seconds) => setUntil(seconds ? Date.now() + seconds * 1000 : 0) };
}
