// What an agency says about an item in the copy: kill notices, embargo lines and version marks, and the
// checks they raise. Real samples where the agencies sent one, wire-style copy for the plain-text forms.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../core/analyze';
import { parseWire } from '../../core/wire';
import { wireSample } from '../support/paths';

const textFile = (text: string) => parseWire(new TextEncoder().encode(text));
const headChecks = (story: Awaited<ReturnType<typeof textFile>>['story'], now?: number) =>
  analyzeStory(story, { now }).checks.filter((c) => ['withdrawn', 'withheld', 'embargo', 'editors-note'].includes(c.kind));

describe('kill and withdrawal notices', () => {
  it.each([
    ['an AP kill with its slug', 'BC-US--Shooting-Kill\n\nMANDATORY KILL\n\nThe story slugged BC-US--Shooting, moved at 10:14 a.m. EST, is being withdrawn. Please delete it from all your files.\n'],
    ['a Reuters withdrawn headline', 'WITHDRAWN-Company X shares jump on merger talk\n\nThis story has been withdrawn. There will be no replacement story.\n'],
    ['a kill in capitals', 'KILL KILL KILL\n\nEliminate the story on the bridge collapse. It contained errors.\n'],
    ['a dpa withdrawal in German', 'Meldung zurückgezogen: Großbrand in Chemiepark\n\nAchtung Redaktionen: Bitte nicht verwenden!\n\nLudwigshafen (dpa) - Die Meldung darf nicht veröffentlicht werden.\n'],
    ['a short notice in words', 'Bridge collapse story\n\nPlease delete the story on the bridge collapse sent at 0900 GMT.\n'],
  ])('%s is imported as withdrawn and raises an error', async (_, text) => {
    const { story } = await textFile(text);
    expect(story.meta.pubStatus).toBe('canceled');
    expect(headChecks(story)).toContainEqual(expect.objectContaining({ kind: 'withdrawn', severity: 'error' }));
  });

  it.each([
    ['a headline that says kill in its news', 'Police kill three suspects in raid\n\nLAGOS, Nov 26 (Reuters) - Police killed three suspects, a spokesman said.\n\nThe report of the raid was withdrawn from the police website later.\n'],
    ['a film in a slug', 'BC-Kill-Bill-Review\n\nTarantino returns\n\nThe film opens on Friday.\n'],
    ['a long story about a withdrawn report', `Drugmaker pulls pill\n\nNEW YORK (AP) - The story of the pill is being withdrawn from shelves, the company said.\n\n${'More news. '.repeat(3)}\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n`],
  ])('%s is no notice', async (_, text) => {
    const { story } = await textFile(text);
    expect(story.meta.pubStatus).toBeUndefined();
    expect(headChecks(story)).toEqual([]);
  });

  it("Reuters' cancellation of an item (NewsML-G2 status) is an error; the usable item is not", async () => {
    const withdrawn = await parseWire(readFileSync(wireSample('newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538')));
    expect(headChecks(withdrawn.story).map((c) => c.kind)).toEqual(['withdrawn']);
    const usable = await parseWire(readFileSync(wireSample('newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838')));
    expect(headChecks(usable.story).map((c) => c.kind)).toEqual(['editors-note']);
  });
});

describe('embargoes', () => {
  it('an embargo time from the item is an error until it has passed', async () => {
    const { stories } = await parseWire(readFileSync(wireSample('ninjs/ninjs_embargoed.json')));
    const embargoed = stories.find((s) => s.meta.embargo)!;
    const before = Date.parse('2022-06-29T02:00:00Z');
    expect(headChecks(embargoed, before)).toContainEqual(
      expect.objectContaining({ kind: 'embargo', severity: 'error', message: 'Embargoed until 29 Jun 2022, 02:30 UTC: do not publish before then.' }),
    );
    expect(headChecks(embargoed, Date.parse('2022-06-29T03:00:00Z')).filter((c) => c.kind === 'embargo')).toEqual([]);
  });

  it('an embargo line above a plain-text story becomes the note to editors, and the dateline is still found', async () => {
    const { story } = await textFile(
      'EMBARGOED UNTIL 0001 GMT THURSDAY 27 NOVEMBER 2026\n\nStudy finds coffee helps\n\nLONDON, Nov 26 (Reuters) - Coffee drinkers live longer, a study found.\n\nThe study looked at 500,000 people.\n',
    );
    expect(story.headline).toBe('Study finds coffee helps');
    expect(story.dateline).toBe('LONDON, Nov 26 (Reuters)');
    expect(story.meta.ednote).toBe('EMBARGOED UNTIL 0001 GMT THURSDAY 27 NOVEMBER 2026');
    // The time is in words only: the note is a warning to act on.
    expect(headChecks(story)).toEqual([expect.objectContaining({ kind: 'editors-note', severity: 'warning' })]);
  });

  it('an embargo line at the top of the body leaves it, so the dateline after it is found', async () => {
    const { story } = await textFile('Vaccine trial results\n\nEMBARGO ATÉ 00H01 DE 27 DE NOVEMBRO\n\nLISBOA, 26 nov (Lusa) - Os resultados foram publicados hoje.\n');
    expect(story.dateline).toBe('LISBOA, 26 nov (Lusa)');
    expect(story.meta.ednote).toBe('EMBARGO ATÉ 00H01 DE 27 DE NOVEMBRO');
  });

  it('a Spanish embargo line leaves the body too', async () => {
    const { story } = await textFile('Los glaciares pierden masa\n\nEMBARGADA HASTA LAS 16.00 GMT DEL 18 DE JUNIO\n\nMadrid, 17 jun (EFE).- Los glaciares perdieron masa.\n');
    expect(story.meta.ednote).toBe('EMBARGADA HASTA LAS 16.00 GMT DEL 18 DE JUNIO');
    expect(story.dateline).toBe('Madrid, 17 jun (EFE)');
  });

  it('a lede about a trade embargo stays in the story', async () => {
    const { story } = await textFile('Trade curbs\n\nEmbargo on oil stays, ministers say after talks\n\nThe ministers met on Monday.\n');
    expect(story.meta.ednote).toBeUndefined();
  });
});

describe('version marks', () => {
  it.each([
    ['UPDATE 2-Gold rises as dollar slips', 'Gold rises as dollar slips', 'UPDATE 2'],
    ['CORRECTED-UPDATE 1-Bank raises rates', 'Bank raises rates', 'CORRECTED, UPDATE 1'],
    ['REFILE-Talks resume in Geneva', 'Talks resume in Geneva', 'REFILE'],
    ['URGENT French Senate approves pension bill', 'French Senate approves pension bill', 'URGENT'],
    ['ROUNDUP 2: Piloten streiken - Hunderte Flüge gestrichen', 'Piloten streiken - Hunderte Flüge gestrichen', 'ROUNDUP 2'],
    ["(LEAD) S. Korea's exports rise 7 pct", "S. Korea's exports rise 7 pct", 'LEAD'],
  ])('%j leaves the headline for the take key', async (headline, clean, takeKey) => {
    const { story } = await textFile(`${headline}\n\nGENEVA, Nov 26 (Reuters) - Talks resumed on Wednesday.\n`);
    expect(story.headline).toBe(clean);
    expect(story.meta.takeKey).toBe(takeKey);
  });

  it.each(['UPDATE-DRIVEN sales lift software maker', 'URGENT REPAIRS CLOSE BRIDGE', 'ROUNDUP of the week in sport'])(
    'a headline that only starts like a mark keeps its words: %j',
    async (headline) => {
      const { story } = await textFile(`${headline}\n\nThe company said on Tuesday.\n`);
      expect(story.headline).toBe(headline);
    },
  );
});
