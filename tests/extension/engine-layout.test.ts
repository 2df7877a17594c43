// @vitest-environment happy-dom
// Clean waits for the page's layout (entrypoints/engine/layout.ts): Firefox lays nothing out while a page's style
// sheets load, and cleaning then found the article nowhere.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutReady } from '../../entrypoints/engine/layout';

type Checkable = Element & { checkVisibility?: () => boolean };
const root = () => document.documentElement as Checkable;
let laidOut = false;

describe('layoutReady', () => {
  afterEach(() => { Reflect.deleteProperty(root(), 'checkVisibility'); vi.useRealTimers(); });

  it('resolves at once on a page that is laid out', async () => {
    root().checkVisibility = () => true;
    await expect(layoutReady(document)).resolves.toBeUndefined();
  });

  it('waits while the root has no box and resolves once it has one', async () => {
    vi.useFakeTimers();
    laidOut = false;
    root().checkVisibility = () => laidOut;
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    try {
      let done = false;
      void layoutReady(document).then(() => { done = true; });
      await vi.advanceTimersByTimeAsync(1000);
      expect(done).toBe(false);
      laidOut = true;
      await vi.advanceTimersByTimeAsync(150);
      expect(done).toBe(true);
    } finally {
      Reflect.deleteProperty(document, 'readyState');
    }
  });

  it('resolves when the page has loaded, laid out or not', async () => {
    root().checkVisibility = () => false;
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    try {
      const ready = layoutReady(document);
      window.dispatchEvent(new Event('load'));
      await expect(ready).resolves.toBeUndefined();
    } finally {
      Reflect.deleteProperty(document, 'readyState');
    }
  });
});
