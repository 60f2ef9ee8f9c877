import { useCallback, useState, type KeyboardEvent } from 'react';

/**
 * A disclosure menu (the narrow window's navigation): a button that shows and hides a panel.
 * Escape closes it and puts focus back on the button (found by its id); it closes by itself
 * when `closeWhen` changes (the user went to another section), so the new section is not
 * left behind an open menu.
 */
export function useMenuDisclosure(buttonId: string, closeWhen: unknown) {
  const [open, setOpen] = useState(false);
  const [seen, setSeen] = useState(closeWhen);
  if (seen !== closeWhen) {
    setSeen(closeWhen);
    setOpen(false);
  }
  const toggle = useCallback(() => setOpen((value) => !value), []);
  const close = useCallback(() => setOpen(false), []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const button = document.getElementById(buttonId);
      if (event.key !== 'Escape' || !open || !button) return;
      // In a wide window the button is hidden and the panel always shown: nothing to close.
      if (getComputedStyle(button).display === 'none') return;
      event.preventDefault();
      setOpen(false);
      button.focus();
    },
    [buttonId, open],
  );
  return { open, toggle, close, onKeyDown };
}
