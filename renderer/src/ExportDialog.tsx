// Export…: publish-ready Markdown with a rendered preview, the checklist's open items, and the choice to go
// ahead anyway (the result says what it went ahead with). Saves through the desktop dialog or downloads.
import { useMemo, useState } from 'react';
import { HtmlRenderer, Parser } from 'commonmark';
import { markdownToStory, storyToMarkdown } from '../../core/markdown';
import type { Check, Mention } from '../../core/story/annotations';
import type { Story } from '../../core/story/story';
import type { DictionaryEntity } from '../../core/entities/types';
import { api, bridge, humanMessage } from './bridge';
import { useNotify } from './notices';
import { downloadText } from './download';
import { Modal } from './Modal';

interface Props {
  story: Story;
  slug: string;
  mentions: Mention[];
  checks: Check[];
  entities: DictionaryEntity[];
  onShowChecks: () => void;
  onClose: () => void;
}

/** Markdown as HTML with raw HTML dropped (commonmark's safe mode): nothing in a story can run. */
function previewHtml(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return new HtmlRenderer({ safe: true }).render(new Parser().parse(body));
}

export function ExportDialog({ story, slug, mentions, checks, entities, onShowChecks, onClose }: Props) {
  const notify = useNotify();
  const [normalize, setNormalize] = useState(true);
  const [frontMatter, setFrontMatter] = useState(true);
  const variants = mentions.filter((m) => m.entity && (m.match === 'variant' || m.match === 'alias') && m.text !== m.entity.canonical);

  const rendered = useMemo(() => {
    try {
      const entityLinks = new Map(entities.filter((e) => e.url).map((e) => [e.canonical, e.url!]));
      const markdown = storyToMarkdown(story, { frontMatter, normalize: normalize ? variants : [], entityLinks });
      // The title as the exported front matter writes it (typography and house spellings applied).
      const title = frontMatter ? markdownToStory(markdown).headline : '';
      return { markdown, title, html: previewHtml(markdown), problem: null };
    } catch (error) {
      return { markdown: '', title: '', html: '', problem: humanMessage(error) };
    }
  }, [story, frontMatter, normalize, variants, entities]);

  const open = checks.filter((c) => c.severity !== 'info');
  const wentAhead = () => {
    const parts = [normalize && variants.length ? `${variants.length} name${variants.length === 1 ? '' : 's'} normalized` : '', open.length ? `${open.length} open check${open.length === 1 ? '' : 's'} left as they are` : ''].filter(Boolean);
    return parts.length ? ` (${parts.join('; ')})` : '';
  };

  const save = async () => {
    const name = `${slug || 'story'}.md`;
    try {
      if (bridge.mode === 'desktop') {
        const result = await api('saveExport', { suggestedName: name, text: rendered.markdown });
        if (!result.saved) return;
        notify.info(`Exported to ${result.file}${wentAhead()}.`);
      } else {
        downloadText(name, rendered.markdown, 'text/markdown;charset=utf-8');
        notify.info(`Downloaded ${name}${wentAhead()}.`);
      }
      onClose();
    } catch (error) {
      notify.error(error);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(rendered.markdown);
      notify.info(`Markdown copied${wentAhead()}.`);
    } catch (error) {
      notify.error(error);
    }
  };

  return (
    <Modal title="Export" className="export-dialog" onClose={onClose}>
      {open.length > 0 && (
        <p className="export-warning" role="note">
          {open.length} check{open.length === 1 ? '' : 's'} still open.{' '}
          <button type="button" className="link-button" onClick={onShowChecks}>
            Review them
          </button>{' '}
          or export anyway.
        </p>
      )}
      <div className="row">
        <label>
          <input type="checkbox" checked={normalize} onChange={(e) => setNormalize(e.target.checked)} /> Write house spellings ({variants.length})
        </label>
        <label>
          <input type="checkbox" checked={frontMatter} onChange={(e) => setFrontMatter(e.target.checked)} /> Front matter
        </label>
      </div>
      {rendered.problem ? (
        <p className="error-text">{rendered.problem}</p>
      ) : (
        <div className="export-panes">
          <pre className="export-markdown" aria-label="Markdown">
            {rendered.markdown}
          </pre>
          {/* commonmark's safe renderer drops raw HTML and unsafe links. */}
          <div className="export-preview" aria-label="Preview">
            {rendered.title && <h1 className="preview-headline">{rendered.title}</h1>}
            <div dangerouslySetInnerHTML={{ __html: rendered.html }} />
          </div>
        </div>
      )}
      <div className="row end">
        <button type="button" onClick={() => void copy()} disabled={!!rendered.problem}>
          Copy as Markdown
        </button>
        <button type="button" className="primary" onClick={() => void save()} disabled={!!rendered.problem}>
          {bridge.mode === 'desktop' ? 'Save…' : 'Download'}
          {open.length > 0 ? ' anyway' : ''}
        </button>
      </div>
    </Modal>
  );
}
