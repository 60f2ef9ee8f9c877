/**
 * Remembering the window's size and position. Pure: the saved bounds are checked against
 * the displays that exist now, so a window last seen on an unplugged monitor comes back
 * on screen instead of off it.
 */
import type { Rectangle } from 'electron';
import { z } from 'zod';

export const savedWindowStateSchema = z.object({
  x: z.int(),
  y: z.int(),
  width: z.int().min(200).max(20000),
  height: z.int().min(200).max(20000),
  maximized: z.boolean(),
});
export type SavedWindowState = z.infer<typeof savedWindowStateSchema>;

export const DEFAULT_WINDOW_SIZE = { width: 1180, height: 800 } as const;

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * The bounds to open with: the saved ones if at least a quarter of the window would be
 * visible on some display's work area, else the default size (centred by Electron).
 */
export function boundsToRestore(
  saved: unknown,
  workAreas: readonly Rectangle[],
): { bounds: Partial<Rectangle> & { width: number; height: number }; maximized: boolean } {
  const parsed = savedWindowStateSchema.safeParse(saved);
  if (!parsed.success) return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: false };
  const { maximized, ...bounds } = parsed.data;
  const visible = workAreas.some((area) => overlapArea(bounds, area) >= (bounds.width * bounds.height) / 4);
  if (!visible) return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximized };
  return { bounds, maximized };
}
