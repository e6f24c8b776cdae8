import { join } from 'node:path';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { buildContext } from '../src/questions/generation-context.js';
import { rowStem } from '../src/questions/table-row-question.js';
const kb = await loadNotes(join('/work/shared/corpora/k8s-cka/notes'));
const items = kb.items.filter((i) => i.kind === 'comparison' && i.title === 'etcdctl vs etcdutl');
console.log(JSON.stringify(items.map((i) => i.kind === 'comparison' && [i.row, i.values]), null, 0));
const context = buildContext(kb);
console.log(rowStem('etcdctl vs etcdutl', ['etcdctl', 'etcdutl'], 'Used for', 'Snapshot restore, file-level backup', context));
