/**
 * Where the main window opens: the remembered bounds when they are still on a
 * connected display (a laptop taken off its docking station must not open
 * the window off-screen), else a default size. Pure, no electron import.
 */
import type { WindowBounds } from '../../shared/domain/settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;

/** The remembered bounds if their title bar is reachable on one of the displays' work areas, else null. */
export function visibleBounds(saved: WindowBounds | null, workAreas: readonly Rect[]): WindowBounds | null {
  if (!saved) return null;
  // A point in the middle of the title bar must lie inside a work area, and
  // enough of the window (120×60 px) must overlap that area to grab it.
  const titleX = saved.x + saved.width / 2;
  const titleY = saved.y + 12;
  const ok = workAreas.some((area) => {
    const inside = titleX >= area.x && titleX < area.x + area.width && titleY >= area.y && titleY < area.y + area.height;
    const overlapW = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const overlapH = Math.min(saved.y + saved.height, area.y + area.height) - Math.max(saved.y, area.y);
    return inside && overlapW >= 120 && overlapH >= 60;
  });
  return ok ? saved : null;
}

/** What settings.windowBounds stores for a window (normal bounds, even while maximized). */
export function toWindowBounds(normal: Rect, maximized: boolean): WindowBounds {
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: Math.min(20000, Math.max(400, Math.round(normal.width))),
    height: Math.min(20000, Math.max(300, Math.round(normal.height))),
    maximized,
  };
}
