// Is a line of body text a byline? "By NAME", "By NAME and NAME", "By NAME, NAME and NAME",
// "By NAME, Affiliation", "By NAME in City": names and titles only, never a sentence that happens
// to open with "By" ("By Tuesday, the talks had collapsed.").

// Small words inside names and affiliations: "Frances de la Cruz", "Chief Writer for the Times".
const CONNECTOR = /^(?:de|da|das|del|della|der|den|di|do|dos|du|la|le|van|von|y|bin|ibn|zu|ter|ten|of|the|for|at|in|on)$/i;
// A capitalised word ("McNary", "O'Brien", "Union-Tribune", "J."), also with a lower-case prefix ("d'Emilio", "al-Assad").
const NAME_WORD = /^(?:[dlo]['’]|al-|el-)?\p{Lu}[\p{L}\p{M}'’.-]*$/u;
// Days are no names: "By Tuesday Ms Roe had gone."
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
// Agencies that write themselves in lower case: "By Jane Roe, dpa".
const LOWER_CASE_AGENCY = /^(?:dpa|epd|kna|sda)$/;
const MAX_WORDS = 14;

export function isBylineText(text: string): boolean {
  const line = text.trim();
  if (line.includes('\n')) return false;
  // "By" in the agencies' languages: Von (dpa), Par (AFP), Por (EFE, Lusa), Av/Af (NTB, TT, Ritzau), Di (ANSA), Door (ANP).
  const by = /^(?:By|BY|by|Von|VON|Par|PAR|Por|POR|Av|AV|Af|AF|Di|DI|Door|DOOR)\s+(.+?)(?:\s+\([\p{L}\d .-]{2,20}\))?\.?$/u.exec(line);
  if (!by || by[1].split(/\s+/).length > MAX_WORDS) return false;
  const parts = by[1].split(/\s*,\s*|\s+(?:and|AND|und|et|y|e|og|och|en|&)\s+/);
  return parts.every((part, i) => isNamePart(part) || (i > 0 && i === parts.length - 1 && LOWER_CASE_AGENCY.test(part)));
}

/**
 * A byline block: one line ("By Jane Doe"), or two or three, the names first and then the reporters'
 * title or agency ("By Jane Doe and John Roe / AP Congressional Correspondents"), also without "By"
 * when the second line names a newsroom ("Liam Fraser / Australian Associated Press"); Anadolu's
 * "Kemal Arslan |05.04.2026 - Update : …" gives the name. As one line, its parts joined by commas;
 * null if the block is no byline.
 */
export function bylineOfLines(text: string): string | null {
  const [first, ...rest] = text.trim().split(/\s*\n\s*/);
  const anadolu = ANADOLU_BYLINE.exec(first);
  if (anadolu && rest.length === 0 && isNamePart(anadolu[1])) return anadolu[1];
  if (rest.length > 2 || !rest.every(isAffiliation)) return null;
  const named = isBylineText(first) || (rest.length > 0 && isBareName(first) && NEWSROOM_WORD.test(rest.join(' ')));
  return named ? [first, ...rest].join(', ') : null;
}

/** A title or newsroom on a line of its own below the names: "Associated Press", "PA Health Correspondent". */
function isAffiliation(line: string): boolean {
  return line.split(/\s+/).length <= 6 && isNamePart(line.replace(/,$/, ''));
}

/** An affiliation that names a newsroom or a reporter's title: one on a paragraph of its own below a byline. */
export function isNewsroomLine(line: string): boolean {
  return isAffiliation(line) && NEWSROOM_WORD.test(line);
}

// Words that make a line a newsroom or a reporter's title.
const NEWSROOM_WORD = /\b(?:press|news|agency|agence|agentur|wire|correspondents?|reporters?|writers?|editors?|times|post|herald|tribune|guardian|gazette|journal|reuters|afp|aap|dpa|ap)\b/i;
const ANADOLU_BYLINE = /^([\p{L}\p{M}' .-]{3,60}?)\s*\|\s*\d{2}\.\d{2}\.\d{4}\b[^\n]*$/u;

/** A person's name alone: two to four capitalised words. */
function isBareName(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && isNamePart(line);
}

/** One name or affiliation: capitalised words, with connectors only between them. */
function isNamePart(part: string): boolean {
  const words = part.split(/\s+/);
  if (!words[0] || !NAME_WORD.test(words[0]) || CONNECTOR.test(words.at(-1) ?? '')) return false;
  return words.every((word) => !WEEKDAY.test(word) && (NAME_WORD.test(word) || CONNECTOR.test(word)));
}
