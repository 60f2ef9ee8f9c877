/**
 * A long list in the page's own scroll (no inner scroll area): only the rows near the window
 * are in the page, and space before and after them keeps the page's height, so opening or
 * changing a list of hundreds of rows lays out a screenful. Lists up to `threshold` rows are
 * rendered whole, as before: every row findable in the page, counted by screen readers, and
 * testable without a layout engine.
 */
import type { RefObject } from 'react';
import {
  measureElement as measuredSize,
  observeWindowOffset,
  useWindowVirtualizer,
} from '@tanstack/react-virtual';

export interface PageRows {
  /** Whether only some rows are rendered. */
  virtual: boolean;
  /** The indices to render, in order. */
  indices: number[];
  /** Pixels of skipped rows (with the gaps after them) before the first rendered row and after the last. */
  before: number;
  after: number;
  /** Give each rendered row's element (with data-index) so its real height is used. */
  measure: ((element: Element | null) => void) | undefined;
}

/** The gap a flex or grid list's stylesheet puts between rows: counted in each row's size. */
const gapAfter = (element: Element): number =>
  element.parentElement ? Number.parseFloat(getComputedStyle(element.parentElement).rowGap) || 0 : 0;

/** `list`: the list (or table body) element, where the rows start in the page. */
export function usePageRows(
  list: RefObject<HTMLElement | null>,
  options: {
    count: number;
    /** A typical row's height in pixels (with the gap after it), before rows are measured. */
    estimateSize: number;
    threshold?: number;
  },
): PageRows {
  const { count, estimateSize, threshold = 60 } = options;
  const virtual = count > threshold;
  const virtualizer = useWindowVirtualizer({
    count: virtual ? count : 0,
    enabled: virtual,
    estimateSize: () => estimateSize,
    overscan: 6,
    // The scroll position counted from the list's top, read as the page scrolls, so whatever
    // is above the list may grow or shrink without being measured on every render.
    initialOffset: 0,
    observeElementOffset: (instance, report) =>
      observeWindowOffset(instance, (offset, scrolling) => {
        const top = list.current ? list.current.getBoundingClientRect().top + window.scrollY : 0;
        report(offset - top, scrolling);
      }),
    // A row just rendered (no ResizeObserver entry yet) keeps its last size or the estimate:
    // reading its height from React's commit would force a layout of the whole page there
    // (30 ms of opening Path). The observer reports the real size after the browser's own
    // layout, before the frame paints. A row with no size (no layout engine, as in jsdom)
    // keeps its estimate.
    measureElement: (element, entry, instance) => {
      if (!entry) {
        const key = instance.options.getItemKey(instance.indexFromElement(element));
        return instance.itemSizeCache.get(key) ?? estimateSize;
      }
      const size = measuredSize(element, entry, instance);
      return size > 0 ? size + gapAfter(element) : estimateSize;
    },
    // jsdom and first paint have no layout: show a first screenful instead of nothing.
    initialRect: { width: 1024, height: 900 },
  });
  if (!virtual) {
    return {
      virtual,
      indices: Array.from({ length: count }, (_, i) => i),
      before: 0,
      after: 0,
      measure: undefined,
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return {
    virtual,
    indices: items.map((item) => item.index),
    before: first ? first.start : 0,
    after: last ? Math.max(0, virtualizer.getTotalSize() - last.end) : 0,
    measure: virtualizer.measureElement,
  };
}
