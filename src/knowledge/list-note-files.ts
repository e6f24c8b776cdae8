import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ParseWarning } from './item.js';

const NOTE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** The notes under a folder, and what the walk could not read. */
export interface NoteFileList {
  /** Paths relative to the folder, with `/`, sorted so loading is deterministic. */
  files: string[];
  /** An unreadable folder, a broken link, a link loop, a folder or file reached twice: each `file:0`. */
  warnings: ParseWarning[];
}

/**
 * Every .md, .markdown and .txt note below `dir`. Symbolic links are followed (a notes repo linked
 * into data/notes is a common setup), and each real folder and file is read once: a link back into a
 * folder being walked is reported as a loop, a second way to the same folder or file as a repeat,
 * and neither is read again. A subfolder that cannot be read is reported and skipped; only `dir`
 * itself failing throws (the caller's NotesFolderError).
 */
export async function listNoteFiles(dir: string): Promise<NoteFileList> {
  const files: string[] = [];
  const warnings: ParseWarning[] = [];
  const seen = new Map<string, string>();
  const warn = (file: string, message: string) => warnings.push({ file, line: 0, message });

  const walk = async (relative: string, ancestors: Set<string>): Promise<void> => {
    const here = path.join(dir, relative);
    let entries;
    try {
      entries = await readdir(here, { withFileTypes: true });
    } catch (error) {
      if (relative === '') throw error;
      warn(
        relative,
        `folder cannot be read (${(error as { code?: string }).code ?? (error as Error).message}): skipped`,
      );
      return;
    }
    const realHere = await realpath(here);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path.join(here, entry.name));
          isFolder = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          warn(child, `link points to nothing readable (${(error as { code?: string }).code ?? 'error'}): skipped`);
          continue;
        }
      }
      if (isFolder && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
        const real = await realpath(path.join(here, entry.name)).catch(() => undefined);
        if (real === undefined) continue;
        if (ancestors.has(real)) {
          warn(
            child,
            `link loop: leads back to ${seen.get(real) || 'the notes folder'}, which is already being read: skipped`,
          );
          continue;
        }
        if (seen.has(real)) {
          warn(child, `same folder as ${seen.get(real)}, read once: skipped`);
          continue;
        }
        seen.set(real, child);
        await walk(child, new Set([...ancestors, real]));
      } else if (isFile && NOTE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
        const real = entry.isSymbolicLink()
          ? await realpath(path.join(here, entry.name)).catch(() => undefined)
          : path.join(realHere, entry.name);
        if (real !== undefined && seen.has(real)) {
          warn(child, `same file as ${seen.get(real)}, read once: skipped`);
          continue;
        }
        if (real !== undefined) seen.set(real, child);
        files.push(child);
      }
    }
  };

  const root = await realpath(dir);
  seen.set(root, '');
  await walk('', new Set([root]));
  return { files: files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), warnings };
}
