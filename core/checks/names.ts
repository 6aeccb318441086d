// Names: misspelt variants, aliases shared by several entities, and AP style for people
// (full name on first reference, surname after).
import { distance } from 'fastest-levenshtein';
import type { Check, Mention } from '../story/annotations';
import { surnameAsWritten } from '../entities/familyNames';

export function nameChecks(mentions: readonly Mention[]): Check[] {
  return [...mentions.flatMap(variantOrAmbiguous), ...firstReferenceChecks(mentions)];
}

const span = (m: Mention) => ({ in: m.in, paragraph: m.paragraph, start: m.start, end: m.end });

function variantOrAmbiguous(m: Mention): Check[] {
  if (m.match === 'variant' && m.entity) {
    const canonical = m.entity.canonical;
    const meant = houseSpelling(m.text, canonical);
    const named = meant === canonical ? canonical : `${meant} (${canonical})`;
    return [
      {
        kind: 'variant',
        severity: 'warning',
        message: `${m.text} — did you mean ${named}?`,
        ...span(m),
        fix: { label: `Replace with ${meant}`, replacement: meant },
      },
    ];
  }
  if (m.ambiguous && m.ambiguous.length > 1) {
    const names = m.ambiguous.map((e) => e.canonical);
    return [
      {
        kind: 'ambiguous-name',
        severity: 'warning',
        message: `${m.text} could be ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]} — tag the one you mean.`,
        ...span(m),
      },
    ];
  }
  return [];
}

/**
 * What a misspelt name should read: the canonical name, or for a one-word reference to a longer
 * name ("Butt" for Viktor Bout) the word of it that the reference resembles most ("Bout").
 */
function houseSpelling(text: string, canonical: string): string {
  const names = words(canonical);
  if (words(text).length !== 1 || names.length < 2) return canonical;
  const key = text.toLowerCase();
  return names.reduce((best, name) => (distance(key, name.toLowerCase()) < distance(key, best.toLowerCase()) ? name : best));
}

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/**
 * AP style, as suggestions: a person's first reference in the body is the full name, later ones the
 * surname. Headlines follow their own style and are left out.
 */
function firstReferenceChecks(mentions: readonly Mention[]): Check[] {
  const byPerson = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.in !== 'body' || !m.entity || m.entity.type !== 'person' || words(m.entity.canonical).length < 2) continue;
    const key = m.entity.id || m.entity.canonical;
    byPerson.set(key, [...(byPerson.get(key) ?? []), m]);
  }
  const checks: Check[] = [];
  for (const list of byPerson.values()) {
    const ordered = [...list].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    const [first, ...later] = ordered;
    const canonical = first.entity!.canonical;
    const isFull = (m: Mention) => words(m.text).length >= 2;
    const surname = ordered.find((m) => !isFull(m))?.text ?? surnameAsWritten(canonical);
    if (!isFull(first)) {
      checks.push({
        kind: 'first-reference',
        severity: 'info',
        message: `First reference to ${first.text}: use the full name, ${canonical}.`,
        ...span(first),
        fix: { label: `Write ${canonical}`, replacement: canonical },
      });
    }
    const firstFull = ordered.findIndex(isFull);
    for (const m of later) {
      if (!isFull(m) || ordered.indexOf(m) <= firstFull) continue;
      checks.push({
        kind: 'first-reference',
        severity: 'info',
        message: `${m.text} is named in full before: the surname, ${surname}, will do.`,
        ...span(m),
        fix: { label: `Write ${surname}`, replacement: surname },
      });
    }
  }
  return checks;
}
