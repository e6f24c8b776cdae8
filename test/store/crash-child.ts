/**
 * Child process of the crash harness: opens the id store at argv[2] and adds ids `<argv[3]>-<n>` in
 * overlapping waves, printing each id on stdout only after its change() resolved, until it is killed.
 */
import { writeSync } from 'node:fs';
import { openFileStore } from '../../src/store/file-store.js';
import { idStoreOptions } from './id-store.js';

const [path, prefix] = process.argv.slice(2) as [string, string];
const store = await openFileStore(idStoreOptions(path));
writeSync(1, 'ready\n');
for (let wave = 0; ; wave += 1) {
  const size = 1 + (wave % 7);
  const ids = Array.from({ length: size }, (_, i) => `${prefix}-${wave}.${i}`);
  // Synchronous writes to the pipe: a line printed is a line the parent will read, even if killed next.
  await Promise.all(
    ids.map((id) => store.change((data) => void data.ids.push(id)).then(() => writeSync(1, `${id}\n`))),
  );
}
