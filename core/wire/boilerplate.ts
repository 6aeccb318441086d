// Trailer boilerplate: the lines agencies and sites append after a story. Credits are kept as
// metadata, the rest is recorded as removed boilerplate; both leave the body.
// Users extend the list with plain lines (a paragraph starting with the line matches, case and
// spacing ignored) or /regular expressions/.

export type TrailerKind = 'credit' | 'boilerplate';

export interface TrailerPattern {
  kind: TrailerKind;
  pattern: RegExp;
}

const credit = (pattern: RegExp): TrailerPattern => ({ kind: 'credit', pattern });
const boilerplate = (pattern: RegExp): TrailerPattern => ({ kind: 'boilerplate', pattern });

/**
 * An agency's closing line of desk initials and routing codes: "dpa wsz jln npr", "dpa pre yyhe n1 deg",
 * "AAP RTV ar", "AAP sm/gc", "PTI NKD HRS", APA's "(Schluss) kre/ham".
 */
export const AGENCY_SIGN_OFF =
  /^(?:(?:dpa|aap|afp|apa|anp|ntb|stt|tt|pti|ians|efe|ansa|sid|nna)(?: [a-z][a-z\d]{0,3}(?:\/[a-z]{2,4})*){1,5}|\(schluss\)(?: [a-z]{2,4}(?:\/[a-z]{2,4})*)?)$/i;
/** An agency's name closing a story on a line of its own: "Enditem" (Xinhua), "==Kyodo", "(©NTB)", "EFE", "AFP", "The AP". */
const AGENCY_END =
  /^(?:enditem|==\s*\p{L}{2,12}|\(©\s*\p{L}{2,12}\)|efe|ansa|xinhua|kyodo|afp|the ap|reuters|-0-|-{1,2}\s*(?:bernama|ians|pti|yonhap|xinhua|ap)|\p{L}{2,10}\/fim|\(end\) dow jones newswires|\p{Lu}{2,4}(?:\s*\/\/\s*\p{Lu}{2,4})+)\.?$/iu;

export const BUILT_IN_TRAILERS: readonly TrailerPattern[] = [
  // Reuters, AFP, Bloomberg: "(Reporting by …; Editing by …)", "Writing by …", "Compiled by …"
  // Not a sentence that starts the same way: "Research by the institute suggests that …".
  credit(
    /^\(?(?:additional )?(?:reporting|writing|editing|compiled|compiling|research|graphics?|fact[- ]check(?:ing)?) by\b(?![^]*\b(?:is|are|was|were|has|have|had|will|would|shows?|showed|suggests?|suggested|finds?|found|says?|said|that)\b)[^]*$/i,
  ),
  // AP: "Associated Press writer X in Y contributed to this report."
  credit(/^[^]{0,300}\b(?:contributed (?:reporting|to this report|to this story)|helped with this (?:report|story))\b[^]{0,120}\.?$/i),
  credit(/^[\p{L} .'’-]{3,60} can be reached at\b[^]*$/iu),
  // AFP sign-offs "burs-pjm/sst", desk initials "dpa wsz jln", "AAP RTV ar", a closing "(BusinessDesk)" or "/ritzau/"
  credit(/^(?:[a-z]{2,4}(?:-[a-z]{2,4})*\/){1,4}[a-z]{2,4}$/),
  credit(AGENCY_SIGN_OFF),
  boilerplate(AGENCY_END),
  // ANSA's closing desk code in capitals: "YGF-MR".
  credit(/^\p{Lu}{2,4}(?:-\p{Lu}{1,4})+$/u),
  // AP's take that goes on in the next: "MORE", in capitals (a last paragraph "More." is prose).
  boilerplate(/^MORE$/),
  credit(/^\([\p{L}\d .&-]{2,30}\)$|^\/[\p{L}-]{2,20}\/$/u),
  // End marks: "ends", "-30-", "###"
  boilerplate(/^(?:-?\s*ends?\s*-?|-30-|#{3,}|\(?end(?: of story)?\)?)\.?$/i),
  boilerplate(/^this (?:report|story|article) by [^]{2,80} was first published\b[^]*$/i),
  boilerplate(/^follow (?:our|us|the latest)\b[^]*\b(?:google news|twitter|facebook|instagram|telegram|whatsapp|x\.com)\b[^]*$/i),
  boilerplate(/^(?:sign up|subscribe)\b[^]{0,200}\b(?:newsletter|updates|alerts|channel)\b[^]*$/i),
  boilerplate(/^(?:join|follow) (?:our|us on)\b[^]{0,100}\b(?:channel|whatsapp|telegram)\b[^]*$/i),
  boilerplate(/^(?:\(c\)|©)\s*\S[^]*$/i),
  boilerplate(
    /^\(?copyright\s*[^]{0,80}\b(?:reuters|associated press|ap|afp|agence france[- ]presse|dpa|bloomberg|united press international|upi|kyodo|xinhua|all rights reserved)\b[^]*$/i,
  ),
  // ANSA: "Riproduzione riservata © Copyright ANSA"; "All rights reserved" in other languages.
  boilerplate(/^(?:riproduzione riservata|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados)\b[^]{0,80}$/i),
  // Bloomberg and Dow Jones: "To contact the reporter on this story: …", "Write to Jane Roe at jane.roe@wsj.com".
  boilerplate(/^to contact the (?:reporters?|editors?) (?:on|responsible for) this story\b[^]*$/i),
  credit(/^-{1,2}\s*with assistance from\b[^]*$/i),
  credit(/^write to [^]{2,120}\bat\s+\S+@\S+$/i),
  // A reporter's e-mail address alone, and credits in Portuguese and Spanish: "(Reportagem de …; Edição de …)".
  credit(/^\S+@\S+\.[a-z]{2,}$/i),
  credit(/^\(?(?:reportagem|reportaje|edição|edición|redacción|texto) (?:de|por)\b[^]*$/i),
  // A copyright line of any publisher: "Copyright © 2026, Radio New Zealand".
  boilerplate(/^copyright\s*(?:\(c\)|©)?\s*\d{4}\b[^]{0,80}$/i),
  // Dow Jones's time stamp: "March 03, 2026 10:15 ET (15:15 GMT)".
  boilerplate(/^\p{L}+ \d{1,2}, \d{4} \d{1,2}:\d{2} ET \(\d{1,2}:\d{2} GMT\)$/u),
  // Anadolu's and La Presse Canadienne's publication notices.
  boilerplate(/^anadolu agency website contains\b[^]*$/i),
  boilerplate(/^ce texte (?:de|a été)\b[^]*$/i),
  // AP: "Follow AP's coverage of immigration at https://apnews.com/hub/immigration"
  boilerplate(/^(?:follow|find more of) ap['’]s (?:[\p{L} -]{1,40} )?(?:coverage|reporting)\b[^]*$/iu),
  boilerplate(/^\(?copyright\b[^]{0,120}\ball rights reserved\b[^]*$/i),
  boilerplate(/^this material may not be published, broadcast, rewritten,? or redistributed\.?$/i),
  boilerplate(/^our standards: the (?:thomson )?reuters trust principles\.?$/i),
  boilerplate(/^click (?:here|for restrictions)\b[^]*$/i),
  boilerplate(/^(?:read|see) (?:more|also)\s*:[^]*$/i),
  boilerplate(/^originally published (?:under|by|on|in)\b[^]*$/i),
  boilerplate(/^download (?:the|our) [^]{0,60}\bapp\b[^]*$/i),
  boilerplate(/^comments (?:are|have been) (?:closed|disabled|turned off)\b[^]{0,60}$/i),
  boilerplate(/^(?:comments|kommentare|commentaires|commenti|comentarios|comentários)(?:\s*\(\d+\))?$/i),
];

/** Separators that only frame a trailer ("___", "* * *", "--"): dropped with it, not recorded. */
export const TRAILER_SEPARATOR = /^(?:[_*=#~-]\s*){2,}$/;

/** Turn user lines into patterns: "/…/flags" is a regular expression, anything else a plain line prefix. */
export function userTrailers(lines: readonly string[] = []): TrailerPattern[] {
  return lines
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => boilerplate(userPattern(line)));
}

function userPattern(line: string): RegExp {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(line);
  if (regex) {
    try {
      return new RegExp(regex[1], regex[2].includes('i') ? regex[2] : `${regex[2]}i`);
    } catch {
      // Not a valid expression: it is meant literally.
    }
  }
  const words = line.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${words.join('\\s+')}`, 'i');
}

/** The kind of trailer a paragraph is, or null if it is story text. */
export function trailerKind(paragraph: string, patterns: readonly TrailerPattern[]): TrailerKind | null {
  const text = paragraph.trim();
  const kind = patterns.find(({ pattern }) => pattern.test(text))?.kind ?? null;
  if (kind || !text.includes('\n')) return kind;
  // Trailer lines kept in one paragraph ("ksy@yna.co.kr" above "(END)"): a trailer if every line is one.
  const kinds = text.split('\n').map((line) => trailerKind(line, patterns));
  return kinds.every((k) => k !== null) ? (kinds.includes('credit') ? 'credit' : 'boilerplate') : null;
}

/** A credit in parentheses closing the last paragraph: "… he said. (Reporting by X; Editing by Y)". */
export const TRAILING_CREDIT = /\s*\(((?:additional )?(?:reporting|writing|editing|compiled) by [^()]+)\)\s*$/i;
