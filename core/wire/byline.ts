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
 * A byline written on two or three lines, the names first and then the reporters' title or agency
 * ("By Jane Doe and John Roe / AP Congressional Correspondents"): as one line, its parts joined by
 * commas. Null if the block is no such byline.
 */
export function bylineOfLines(text: string): string | null {
  const [first, ...rest] = text.trim().split(/\s*\n\s*/);
  if (!isBylineText(first)) return null;
  if (rest.length > 2 || !rest.every((line) => line.split(/\s+/).length <= 6 && isNamePart(line.replace(/,$/, '')))) return null;
  return [first, ...rest].join(', ');
}

/** One name or affiliation: capitalised words, with connectors only between them. */
function isNamePart(part: string): boolean {
  const words = part.split(/\s+/);
  if (!words[0] || !NAME_WORD.test(words[0]) || CONNECTOR.test(words.at(-1) ?? '')) return false;
  return words.every((word) => !WEEKDAY.test(word) && (NAME_WORD.test(word) || CONNECTOR.test(word)));
}
