/**
 * The entry: fetch the app (boot.tsx and its chunks) and, at the same moment, ask main for
 * the document and fetch the interface strings (start-loading.ts, a few hundred bytes). The
 * requests travel while React, the stores and the schemas download and evaluate, so start-up
 * costs the longer of the two instead of both one after the other, whatever the data's size.
 */
import { startLoading } from './start-loading';

// The requests leave first: index.html already lists the app's chunks, so they are on their
// way. The shell and Today are a second import, so their code evaluates in a task of its own,
// not in one long task with the stores'.
const started = startLoading();
const booting = import('./boot');
const shell = import('./app/App');
void booting.then(({ boot }) => boot(started, shell));
