import { useEffect, useState } from 'react';
import { sessionNow } from '../state/session';

/** The current time, refreshed every `intervalMs` (badges that turn overdue while the page is open). */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(sessionNow);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(sessionNow()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
