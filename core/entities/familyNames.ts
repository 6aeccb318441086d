// Which word of a person's name is the family name. Most names the wires write end with it ("Viktor
// Bout"); Chinese and Korean names start with it ("Xi Jinping", "Park Geun-hye"), and a later reference
// is "Xi" or "Park". A first word that is a common family name there is not enough ("Lee Anderson", "Kim
// Clijsters"): what follows must read as a given name of those languages.
import { fold } from './text';
import { FAMILY_NAMES_FIRST } from './words';

// Pinyin syllables, generously: every initial with every final. A word that splits into a few of them
// ("jinping", "keqiang") reads as a Chinese given name; "anderson" or "wood" does not.
const INITIALS = ['', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'zh', 'ch', 'sh', 'r', 'z', 'c', 's', 'y', 'w'];
const FINALS = 'a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un uang ueng ue v ve'.split(' ');
const SYLLABLES = new Set(INITIALS.flatMap((initial) => FINALS.map((final) => initial + final)));
const LONGEST_SYLLABLE = 6;

/** Whether a folded word is one to three pinyin syllables written together. */
function isPinyin(word: string, syllables = 3): boolean {
  if (word === '') return true;
  if (syllables === 0) return false;
  for (let end = Math.min(LONGEST_SYLLABLE, word.length); end >= 1; end--)
    if (SYLLABLES.has(word.slice(0, end)) && isPinyin(word.slice(end), syllables - 1)) return true;
  return false;
}

/** Whether a person's name, as the dictionary writes it, puts the family name first. */
export function familyNameFirst(name: string): boolean {
  const trimmed = name.trim();
  const space = trimmed.indexOf(' ');
  if (space < 0 || !FAMILY_NAMES_FIRST.has(fold(trimmed.slice(0, space)))) return false;
  const given = trimmed.slice(space + 1).trim().split(/\s+/).map(fold);
  // "Park Geun-hye", "Li Qiang"; or two short syllables, "Kim Dae Jung", "Ho Chi Minh".
  if (given.length === 1) return /^\p{L}+-\p{L}+$/u.test(given[0]) || isPinyin(given[0]);
  return given.length === 2 && given.every((word) => /^\p{L}{1,5}$/u.test(word));
}

/** A person's surname as the name writes it: its first word or its last. */
export function surnameAsWritten(name: string): string {
  const words = name.trim().split(/\s+/);
  return familyNameFirst(name) ? words[0] : words[words.length - 1];
}
