/** A refusal with a one-line, human reason (the caller adds the file name). */
export class WireError extends Error {
  override name = 'WireError';
}
