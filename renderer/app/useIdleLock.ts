/**
 * Locks the screen (issue 16.3) after the PC setting idleLockMinutes without
 * keyboard, mouse or touch input (0 = never), and at once on Ctrl+L. Idle
 * time is read from the session's clock, so tests can move it.
 */
import { useEffect } from 'react';
import { sessionActions, sessionNow, useSettings } from '../state/session';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** How often idle time is checked. */
const CHECK_MS = 15_000;

export function useIdleLock(): void {
  const minutes = useSettings().idleLockMinutes;
  useEffect(() => {
    let last = sessionNow();
    const seen = () => {
      last = sessionNow();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && !event.altKey && !event.shiftKey && !event.metaKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        sessionActions.lock();
      }
    };
    for (const type of ACTIVITY) window.addEventListener(type, seen, { passive: true, capture: true });
    window.addEventListener('keydown', onKey);
    const timer = minutes > 0 ? window.setInterval(() => sessionNow() - last >= minutes * 60_000 && sessionActions.lock(), CHECK_MS) : undefined;
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, seen, { capture: true });
      window.removeEventListener('keydown', onKey);
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [minutes]);
}
