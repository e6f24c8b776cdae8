import { clueInStem } from '../src/questions/gates/clue-in-stem.js';
import { join } from 'node:path';
import { loadNotes } from '../src/knowledge/load-notes.js';
import { generateQuestions } from '../src/questions/generate-questions.js';
const kb = await loadNotes(join('/work/shared/corpora/azure-az104/notes'));
const q = generateQuestions(kb).questions.find((q) => q.id === 'q-5c320772')!;
console.log(q.choices, q.answer, clueInStem(q.stem, q.choices[q.answer]!, q.choices.filter((_, i) => i !== q.answer), new Set(['azure', 'aws', 'amazon', 'microsoft', 'google', 'cloud', 'gcp', 'oracle', 'ibm'])));
