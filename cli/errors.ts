// The two ways a command fails, by exit status: wrong usage (2) and a file refused (1).

/** The command line asks for something that cannot be: an unknown option, a missing argument, no such draft. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file could not be read, written or taken as input; the message names the file and says why. */
export class FileRefused extends Error {
  override name = 'FileRefused';
}

export const EXIT_DONE = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/** The failure of a file-system call on `path`, in words ("story.xml: no such file or folder"). */
export function fileProblem(path: string, error: unknown): FileRefused {
  return new FileRefused(`${path}: ${fileSystemReason(error)}`);
}

export function fileSystemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' ? 'no such file or folder'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'is a folder, not a file'
    : code === 'ENOTDIR' ? 'a part of the path is not a folder'
    : code === 'ENOSPC' ? 'the disk is full'
    : error instanceof Error ? error.message
    : String(error);
}
