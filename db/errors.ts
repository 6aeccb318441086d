// Errors the store throws on purpose, each with a one-line message a person can act on.
// The API maps them to response codes; anything else is a bug and answers 'internal'.

export type StoreOpenErrorKind = 'corrupt' | 'not-sqlite' | 'newer-schema' | 'unreadable';

/** The store file cannot be used. The file itself is left exactly as it was. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
  constructor(
    readonly kind: StoreOpenErrorKind,
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** A draft, revision, source, dictionary or entity that is not in the store. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** A request the store understood but will not carry out (a name already taken, an empty name …). */
export class RefusedError extends Error {
  override name = 'RefusedError';
}
