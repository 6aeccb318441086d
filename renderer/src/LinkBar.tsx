// The small bar Mod-K opens: set, change or remove the link on the selection.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EditorView } from 'prosemirror-view';
import { storySchema } from '../../core/story/schema';

const linkType = storySchema.marks.link;

function currentHref(view: EditorView): string {
  const { from, to, empty, $from } = view.state.selection;
  const marks = empty ? $from.marks() : [];
  let href = marks.find((m) => m.type === linkType)?.attrs.href as string | undefined;
  if (!href) view.state.doc.nodesBetween(from, to, (node) => void (href ??= node.marks.find((m) => m.type === linkType)?.attrs.href));
  return href ?? '';
}

/** Only web and mail links: nothing that runs script when clicked. */
export function safeHref(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export function LinkBar({ view, onClose }: { view: EditorView; onClose: () => void }) {
  const [href, setHref] = useState(() => currentHref(view));
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const done = () => {
    onClose();
    view.focus();
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const url = safeHref(href);
    if (!url) return setProblem('Use a web address (https://…) or mailto:.');
    const { from, to, empty } = view.state.selection;
    if (empty) {
      const text = storySchema.text(url, [linkType.create({ href: url })]);
      view.dispatch(view.state.tr.replaceSelectionWith(text, false));
    } else {
      view.dispatch(view.state.tr.removeMark(from, to, linkType).addMark(from, to, linkType.create({ href: url })));
    }
    done();
  };
  const remove = () => {
    const { from, to } = view.state.selection;
    view.dispatch(view.state.tr.removeMark(from, to, linkType));
    done();
  };

  return (
    <form className="link-bar" onSubmit={apply} onKeyDown={(e) => e.key === 'Escape' && done()}>
      <label htmlFor="link-href">Link</label>
      <input id="link-href" ref={input} value={href} onChange={(e) => setHref(e.target.value)} placeholder="https://" />
      <button type="submit" className="small primary">
        Apply
      </button>
      <button type="button" className="small" onClick={remove}>
        Remove
      </button>
      <button type="button" className="small" onClick={done}>
        Cancel
      </button>
      {problem && <span className="error-text">{problem}</span>}
    </form>
  );
}
