// Which word of a person's name is the family name. Most names the wires write end with it ("Viktor
// Bout"); Chinese and Korean names start with it ("Xi Jinping", "Park Geun-hye"), and a later reference
// is "Xi" or "Park". A first word that is a common family name there is not enough ("Lee Anderson", "Kim
// Clijsters"): what follows must read as a given name of those languages.
import { fold } from './text';

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Common Chinese (pinyin and older spellings), Korean and Cambodian family names, folded. */
const FAMILY_NAMES_FIRST = list(`
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao cui
zhong tan wan fan fu jin qin qiu hou shi xi mao bai kong meng qian duan lei long tao hao yan gu mo kang xiong
ji xue bao wen
tsai lai chiang chou teng hsu hsieh tsao wong leung cheung chan lau ng ho kuo ko
kim lee yi park pak choi choe jung jeong chung cho jo yoon yun jang chang lim im oh seo suh shin moon mun
ahn hwang jeon chun hong yoo ryu baek nam noh roh ha kwon kwak son sung
hun
`);

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

/** Whether a folded word may be a family name written first: most names fail this quick test. */
export function mayBeFamilyNameFirst(folded: string): boolean {
  return FAMILY_NAMES_FIRST.has(folded);
}

/** Whether a person's name, as the dictionary writes it, puts the family name first. */
export function familyNameFirst(name: string): boolean {
  const trimmed = name.trim();
  const space = trimmed.indexOf(' ');
  if (space < 0 || !mayBeFamilyNameFirst(fold(trimmed.slice(0, space)))) return false;
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
