/**
 * Child process for the crash test: saves the document in a tight loop, each state with a
 * higher counter in the name, until the parent kills it with SIGKILL.
 */
import { createStorageService } from '../../main/services/storage/storage-service';

const directory = process.argv[2] ?? '';
// The default writer: the one the app uses (safe-write.ts).
const storage = createStorageService({ directory, now: () => new Date() });
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
  storage.flush();
}

// One state on disk before the parent starts its clock, so every kill has a state to keep.
saveNext();
process.stdout.write('ready\n');
for (;;) saveNext();
