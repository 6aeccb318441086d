// "Did you mean Brittney Griner?" for a variant spelling in the text: Replace, Replace all, Add as alias, Ignore.
import { useEffect, useRef } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { Mention } from '../../core/story/annotations';
import { mentionsToNormalize, replaceAnnotations } from './editor/commands';

interface Props {
  view: EditorView;
  mentions: Mention[];
  index: number;
  anchor: DOMRect;
  onAddAlias: (mention: Mention) => void;
  onIgnore: (mention: Mention) => void;
  onClose: () => void;
}

/** Below the word, or above it when the word is near the bottom of the window. */
function placement(anchor: DOMRect): { top?: number; bottom?: number; left: number } {
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - 380));
  return anchor.bottom + 110 > window.innerHeight ? { bottom: window.innerHeight - anchor.top + 6, left } : { top: anchor.bottom + 6, left };
}

export function VariantPopover({ view, mentions, index, anchor, onAddAlias, onIgnore, onClose }: Props) {
  const mention = mentions[index];
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  if (!mention?.entity) return null;
  const canonical = mention.entity.canonical;
  const done = () => {
    onClose();
    view.focus();
  };
  const replaceAll = () => {
    replaceAnnotations(view, mentionsToNormalize(mentions, (m) => m.text === mention.text && m.entity?.id === mention.entity!.id));
    done();
  };
  return (
    <div
      className="popover"
      role="dialog"
      aria-label="Spelling of a name"
      style={placement(anchor)}
      onKeyDown={(e) => e.key === 'Escape' && done()}
    >
      <p>
        Did you mean <strong>{canonical}</strong>?
      </p>
      <div className="row">
        <button
          ref={first}
          type="button"
          className="small primary"
          onClick={() => {
            replaceAnnotations(view, [{ ref: { mention: index }, text: canonical }]);
            done();
          }}
        >
          Replace
        </button>
        <button type="button" className="small" onClick={replaceAll}>
          Replace all
        </button>
        <button type="button" className="small" onClick={() => (onAddAlias(mention), done())}>
          Add as alias
        </button>
        <button type="button" className="small" onClick={() => (onIgnore(mention), done())}>
          Ignore
        </button>
      </div>
    </div>
  );
}
