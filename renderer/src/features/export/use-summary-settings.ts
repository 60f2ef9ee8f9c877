/**
 * The summary's settings as the screen edits them. Choices are saved at once; the two free
 * texts are kept here while the user types (so typing never waits on a save) and saved after
 * a pause, on leaving the field, and when the screen closes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import debounceFn from 'debounce-fn';
import { MAX_SUMMARY_TEXT, type SummarySettings } from '../../../../preload/contract/summary-section';
import type { ApiError } from '../../../../preload/contract/result';
import { usePreferencesStore } from '../../state/preferences-store';
import { updateSummary, useSummaryStore } from '../../state/summary-store';
import { keepSummaryDraft, useSummaryDraftStore, type SummaryTexts } from '../../state/summary-draft-store';

/**
 * Saves each text unless it is what main already has, or over the limit: that one stays as
 * typed (on screen, with its error, and in the draft store if the screen closes) until the
 * user shortens it, never cut to fit; the other is saved all the same.
 */
async function saveTexts(typed: SummaryTexts): Promise<ApiError | null> {
  const saved = useSummaryStore.getState().section;
  const fits = (key: keyof SummaryTexts) => typed[key].length <= MAX_SUMMARY_TEXT;
  const next: SummaryTexts = {
    constraints: fits('constraints') ? typed.constraints : saved.constraints,
    note: fits('note') ? typed.note : saved.note,
  };
  keepSummaryDraft({
    ...(fits('constraints') ? {} : { constraints: typed.constraints }),
    ...(fits('note') ? {} : { note: typed.note }),
  });
  if (saved.constraints === next.constraints && saved.note === next.note) return null;
  return updateSummary((section) => ({ ...section, ...next }));
}

export function useSummarySettings() {
  const stored = useSummaryStore((state) => state.section);
  const interfaceLanguage = usePreferencesStore((state) => state.language);
  const [texts, setTexts] = useState<SummaryTexts>(() => ({
    constraints: stored.constraints,
    note: stored.note,
    ...useSummaryDraftStore.getState(),
  }));
  const [problem, setProblem] = useState<ApiError | null>(null);
  const latest = useRef(texts);

  const commitTexts = useMemo(
    () => debounceFn((next: SummaryTexts) => void saveTexts(next).then(setProblem), { wait: 600 }),
    [],
  );
  const saveNow = useCallback(() => {
    commitTexts.cancel();
    void saveTexts(latest.current).then(setProblem);
  }, [commitTexts]);
  useEffect(() => saveNow, [saveNow]);

  const setText = useCallback(
    (key: keyof SummaryTexts, value: string) => {
      latest.current = { ...latest.current, [key]: value };
      setTexts(latest.current);
      commitTexts(latest.current);
    },
    [commitTexts],
  );
  // Choices show at once; if main refuses one, the screen goes back to what main holds.
  const [chosen, setChosen] = useState<Partial<SummarySettings>>({});
  const choose = useCallback((change: Partial<Omit<SummarySettings, keyof SummaryTexts>>) => {
    setChosen((previous) => ({ ...previous, ...change }));
    void updateSummary((section) => ({ ...section, ...change })).then((refusal) => {
      setProblem(refusal);
      if (refusal) setChosen({});
    });
  }, []);

  const settings = useMemo(() => ({ ...stored, ...chosen, ...texts }), [stored, chosen, texts]);
  return { settings, interfaceLanguage, setText, saveTexts: saveNow, choose, problem };
}
