/**
 * Undo and redo over the open model (the reducer's actions), on top of the stored document: every
 * action is one step back. Ctrl/Cmd+Z and Ctrl+Y / Ctrl+Shift+Z outside text fields (text fields keep
 * their own undo). After an undo by keyboard, focus never drops to the page: when the element that
 * had it disappeared, the undo button takes it (or redo, when nothing is left to undo).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { StoredDocument } from '../../../instrument/hooks/useStoredDocument.ts';
import { moveFocus } from '../../../instrument/shell.ts';
import { HISTORY_LIMIT, reduce, type Actie, type Model } from '../domain/index.ts';

export const ONGEDAAN_ID = 'bm-ongedaan';
export const OPNIEUW_ID = 'bm-opnieuw';

export function useHistorie(doc: StoredDocument<Model>, setStatus: (s: string) => void) {
  // The stacks live in a ref, read at the moment of the key press or click: a quick Ctrl+Z, Ctrl+Y can come
  // before the next render, and a stale copy would redo the wrong step. The state only triggers the render.
  const stapels = useRef<{ past: Model[]; future: Model[] }>({ past: [], future: [] });
  const [, herteken] = useState(0);
  const setStapels = (next: { past: Model[]; future: Model[] }) => {
    stapels.current = next;
    herteken((n) => n + 1);
  };
  /** The last value this hook gave the document; anything else (loaded, other tab, replaced) starts a new history. */
  const eigen = useRef<Model | null>(null);
  const focusHerstellen = useRef(false);
  // The model as it is after the last action, also when two actions come in one event (before a render).
  const gezien = useRef(doc.data);
  const huidig = useRef(doc.data);
  // Checked while rendering, not in an effect: Preact runs a render's pending effects only before the next
  // render, and by then a quick Ctrl+Z, Ctrl+Y has moved `eigen` on, so the effect would see its own (older)
  // value as foreign and throw the history away.
  if (gezien.current !== doc.data) {
    if (doc.data !== eigen.current) stapels.current = { past: [], future: [] };
    gezien.current = doc.data;
    huidig.current = doc.data;
  }

  const zet = (next: Model) => {
    eigen.current = next;
    huidig.current = next;
    doc.update(next);
  };
  const dispatch = (actie: Actie) => {
    const vorige = huidig.current;
    const next = reduce(vorige, actie);
    if (next === vorige) return;
    setStapels({ past: [...stapels.current.past, vorige].slice(-HISTORY_LIMIT), future: [] });
    zet(next);
  };
  const undo = () => {
    const s = stapels.current;
    const vorige = s.past.at(-1);
    if (!vorige) return;
    const nu = huidig.current;
    setStapels({ past: s.past.slice(0, -1), future: [nu, ...s.future] });
    zet(vorige);
    setStatus('Laatste wijziging ongedaan gemaakt.');
  };
  const redo = () => {
    const s = stapels.current;
    const [volgende, ...rest] = s.future;
    if (!volgende) return;
    const nu = huidig.current;
    setStapels({ past: [...s.past, nu], future: rest });
    zet(volgende);
    setStatus('Wijziging opnieuw gedaan.');
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) undo();
      else if (k === 'y' || (k === 'z' && e.shiftKey)) redo();
      else return;
      e.preventDefault();
      focusHerstellen.current = true;
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
  // After the render of an undo by keyboard: the focused element may be gone (an item that was added).
  useEffect(() => {
    if (!focusHerstellen.current) return;
    focusHerstellen.current = false;
    const a = document.activeElement;
    if (a && a !== document.body && a.isConnected) return;
    // The undo button, or redo when nothing is left to undo (a disabled button cannot take focus).
    const knop = [ONGEDAAN_ID, OPNIEUW_ID].map((id) => document.getElementById(id) as HTMLButtonElement | null).find((b) => b && !b.disabled);
    moveFocus(knop ?? document.getElementById('bm-kop-matrix'));
  });

  // Stable functions for the views: the matrix cells and item editors skip a render when their props are the same,
  // and a new `dispatch` on every render of the model (e.g. each save status) made all 2,000 items render again.
  // They call the newest closure, which reads the refs above.
  const actueel = useRef({ dispatch, undo, redo });
  actueel.current = { dispatch, undo, redo };
  const vast = {
    dispatch: useCallback((actie: Actie) => actueel.current.dispatch(actie), []),
    undo: useCallback(() => actueel.current.undo(), []),
    redo: useCallback(() => actueel.current.redo(), []),
  };

  const { past, future } = stapels.current;
  return { ...vast, kanUndo: past.length > 0, kanRedo: future.length > 0, aantalUndo: past.length, aantalRedo: future.length };
}

export type Historie = ReturnType<typeof useHistorie>;
