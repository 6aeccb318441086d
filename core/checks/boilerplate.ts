// Wire boilerplate left in the body: the same trailer list the wire importer strips ("Follow our
// latest … via Google news", "(Reporting by …; Editing by …)", "Copyright … All rights reserved").
import type { AnalysisText } from '../story/story';
import type { Check } from '../story/annotations';
import { BUILT_IN_TRAILERS, TRAILING_CREDIT, trailerKind } from '../wire/boilerplate';

const REMOVE = { label: 'Remove', replacement: '' };

export function boilerplateChecks(texts: readonly AnalysisText[]): Check[] {
  const checks: Check[] = [];
  for (const t of texts) {
    if (t.in !== 'body' || !t.text.trim()) continue;
    const kind = trailerKind(t.text, BUILT_IN_TRAILERS);
    if (kind) {
      const message = kind === 'credit' ? 'Agency credit line left in the story.' : 'Wire boilerplate left in the story.';
      checks.push({ kind: 'boilerplate', severity: 'warning', message, in: 'body', paragraph: t.paragraph, start: 0, end: t.text.length, fix: REMOVE });
      continue;
    }
    const credit = TRAILING_CREDIT.exec(t.text);
    if (credit) {
      checks.push({
        kind: 'boilerplate',
        severity: 'warning',
        message: 'Agency credit left at the end of the paragraph.',
        in: 'body',
        paragraph: t.paragraph,
        start: credit.index,
        end: credit.index + credit[0].length,
        fix: REMOVE,
      });
    }
  }
  return checks;
}
