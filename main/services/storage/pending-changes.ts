/**
 * Checked changes waiting for the next (debounced) write, in the order they were made.
 * Typing in one field sends the same section again and again: a change that only replaces
 * the one just before it (same section, or a second `put` of the same application) takes
 * its place, so a burst of keystrokes becomes one journal line. Nothing else is merged or
 * reordered: the order of `put`s decides the order of new applications in the list.
 */
import type { JournalChange } from './journal-format';

export class PendingChanges {
  private readonly list: { key: string; change: JournalChange }[] = [];

  add(key: string, change: JournalChange): void {
    const last = this.list.at(-1);
    const replacesLast = last?.key === key && last.change.op === change.op && change.op !== 'remove';
    if (replacesLast) this.list[this.list.length - 1] = { key, change };
    else this.list.push({ key, change });
  }

  changes(): JournalChange[] {
    return this.list.map((entry) => entry.change);
  }

  isEmpty(): boolean {
    return this.list.length === 0;
  }

  clear(): void {
    this.list.length = 0;
  }
}
