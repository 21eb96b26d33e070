/** Focus, page title and the "loaded" marker for an island. */
import { useEffect, useRef } from 'preact/hooks';
import { markLoaded, moveFocus, screenTitle } from '../shell.ts';

/**
 * Call once in the island's root component with a ref on its root element: sets
 * data-instrument-geladen="true" after the first render in which `ready` is true (browser tests wait for it).
 */
export function useLoadedMarker<E extends Element>(ready = true) {
  const ref = useRef<E>(null);
  // `ready`: e.g. `doc.save.kind !== 'loading'`, so the marker also means the stored work is on screen
  // (reading it may first load the validation, see files/lazy-instrument.ts).
  useEffect(() => {
    if (ready) markLoaded(ref.current);
  }, [ready]);
  return ref;
}

/**
 * On every change of `screenKey` (not on the first render, unless `focusOnStart`): sets the page title
 * to "<screenTitle> – <original page title>" and moves focus to the returned ref (usually the h2).
 */
export function useScreen<E extends HTMLElement = HTMLHeadingElement>(screenKey: string, title: string, focusOnStart = false) {
  const ref = useRef<E>(null);
  const started = useRef(focusOnStart);
  const pageTitle = useRef<string | null>(null);
  useEffect(() => {
    pageTitle.current ??= document.title;
    document.title = screenTitle(title, pageTitle.current);
    if (started.current) moveFocus(ref.current);
    started.current = true;
  }, [screenKey, title]);
  return ref;
}

/** Runs `before` just before printing (e.g. open every <details>), and `after` afterwards. */
export function usePrintHooks(before: () => void, after?: () => void) {
  useEffect(() => {
    const b = () => before();
    const a = () => after?.();
    addEventListener('beforeprint', b);
    addEventListener('afterprint', a);
    return () => {
      removeEventListener('beforeprint', b);
      removeEventListener('afterprint', a);
    };
  }, []);
}

/**
 * Moves focus to the element with this id after the next render in which it exists. An effect of an earlier
 * render can run after the request but before that render (seen on a loaded machine); it must not use up the
 * request while the element is not there yet.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const id = pending.current;
    if (!id) return;
    const el = document.getElementById(id);
    if (!el) return;
    pending.current = null;
    moveFocus(el);
  });
  return (id: string) => {
    pending.current = id;
  };
}
