/**
 * Which rows of a fixed-height table are in view: arithmetic on scrollTop,
 * so a render costs the same with 100 or 100,000 rows. (A general
 * virtualizer measures every row whenever the row list changes — at
 * 100,000 rows that was ~20 ms and two large arrays per keystroke.)
 */
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

export interface RowWindow {
  /** First row index rendered (inclusive) and last (exclusive). */
  first: number;
  last: number;
  /** Heights of the spacer rows above and below the rendered ones. */
  paddingTop: number;
  paddingBottom: number;
  /** Scrolls just enough to show row `index` below a sticky header of `headerHeight` px. */
  scrollToIndex(index: number, headerHeight: number): void;
}

/** The rendered range for a viewport. Pure. */
export function rowRange(scrollTop: number, viewportHeight: number, count: number, rowHeight: number, overscan: number): { first: number; last: number } {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(count, Math.max(0, Math.floor(top / rowHeight) - overscan));
  const last = Math.min(count, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

export function useRowWindow(scrollRef: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan: number): RowWindow {
  // Until the table is measured, the window's height: enough rows for any viewport. Measuring it in this
  // layout effect would force a layout of the whole page the moment it mounts (~45 ms of the ledger page's
  // first mount, on top of the browser's own layout of that frame); the ResizeObserver measures it after
  // the browser's layout instead, before the frame is painted.
  const [viewport, setViewport] = useState(() => ({ top: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight }));

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const update = () => setViewport((v) => (v.top === element.scrollTop && v.height === element.clientHeight ? v : { top: element.scrollTop, height: element.clientHeight }));
    element.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scrollRef]);

  const scrollToIndex = useCallback(
    (index: number, headerHeight: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const top = index * rowHeight;
      const bottom = top + rowHeight + headerHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (bottom > element.scrollTop + element.clientHeight) element.scrollTop = bottom - element.clientHeight;
    },
    [scrollRef, rowHeight],
  );

  const { first, last } = rowRange(viewport.top, viewport.height, count, rowHeight, overscan);
  return { first, last, paddingTop: first * rowHeight, paddingBottom: (count - last) * rowHeight, scrollToIndex };
}
