import { useCallback, useRef } from 'react';
import type { TabsActions } from '@mui/material';

/**
 * Keeps a MUI Tabs' underline under the shown tab when the bar's own width
 * changes (a page growing a scroll bar, the scroll buttons coming and going):
 * MUI measures the tabs themselves, not the bar, so the underline could stay
 * where an earlier layout put it. Pass `ref` and `action` to the Tabs.
 */
export function useTabsIndicator(): { ref: (bar: HTMLDivElement | null) => () => void; action: React.RefObject<TabsActions | null> } {
  const action = useRef<TabsActions | null>(null);
  const ref = useCallback((bar: HTMLDivElement | null) => {
    if (!bar || typeof ResizeObserver === 'undefined') return () => undefined;
    const observer = new ResizeObserver(() => {
      action.current?.updateScrollButtons();
      action.current?.updateIndicator();
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return { ref, action };
}
