/**
 * Child process for the crash test: saves the document in a tight loop, each state with a
 * higher counter in the name, until the parent kills it with SIGKILL.
 *
 * Mode `whole` (the default) flushes after every change, so each save appends and then
 * compacts (data file rewritten, journal started afresh). Mode `journal` makes each change
 * durable as a journal append and compacts every 25 saves, so kills land in appends, in
 * both steps of a compaction, and in the compaction a start does after replaying.
 */
import { createStorageService } from '../../main/services/storage/storage-service';

const directory = process.argv[2] ?? '';
const mode = process.argv[3] === 'journal' ? 'journal' : 'whole';
// The default writer: the one the app uses (safe-write.ts).
const storage = createStorageService({
  directory,
  now: () => new Date(),
  log: { warn: () => undefined, error: () => undefined },
});
const { document } = storage.load();
let counter = Number(/\d+/.exec(document.profile.name)?.[0] ?? 0);
// A long role makes each write big enough that a kill can land mid-write.
const filler = 'x'.repeat(150);
function saveNext(): void {
  counter += 1;
  storage.replaceSection({
    section: 'profile',
    value: { ...document.profile, name: `state ${counter}`, previousRole: filler },
  });
  if (mode === 'whole' || counter % 25 === 0) storage.flush();
  else storage.saveNow();
}

// One state on disk before the parent starts its clock, so every kill has a state to keep.
saveNext();
process.stdout.write('ready\n');
for (;;) saveNext();
