// Files in for import: from a file picker, a folder picker or a drop (folders walked), sent one at a time
// so a progress bar can follow; the results are summed into one summary.
import type { ImportSummary } from '../../electron/api/contract';
import { api } from './bridge';

export async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** The files of a drop, walking into dropped folders. */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => !!entry);
  if (entries.length === 0) return Array.from(data.files);
  const files: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      files.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries answers in batches until it answers with none.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return files.filter((file) => !file.name.startsWith('.'));
}

export async function importBatch(files: File[], onProgress: (done: number, total: number) => void): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: [], duplicates: [], refused: [] };
  onProgress(0, files.length);
  for (const [i, file] of files.entries()) {
    const name = file.webkitRelativePath || file.name;
    try {
      const one = await api('importFiles', { files: [{ name, dataBase64: await toBase64(file) }] });
      summary.imported.push(...one.imported);
      summary.duplicates.push(...one.duplicates);
      summary.refused.push(...one.refused);
    } catch (error) {
      summary.refused.push({ name, reason: error instanceof Error ? error.message : 'could not be read' });
    }
    onProgress(i + 1, files.length);
  }
  return summary;
}
