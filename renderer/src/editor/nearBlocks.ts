// Long stories: blocks out of sight skip layout and paint (content-visibility: auto in styles.css), but
// Chrome checks every such block against the viewport on every frame, some 2-8 ms a keystroke in a
// 20,000-word story. So only the blocks within a few screens of the viewport are left to the browser; the
// others are hidden outright, and the window of near blocks follows the scroll.
// The window is a style rule by block number, not a decoration per block: ProseMirror walks every
// top-level decoration for every block on each keystroke, which would cost more than the window saves.
// The window's place in the document is kept in the plugin's state, for plugins that draw only near it.
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** Blocks within this many viewport heights of the viewport must be in the window… */
const NEEDED_SCREENS = 1;
/** …and a new window reaches this far, so scrolling moves it only now and then. */
const WINDOW_SCREENS = 3;

interface BlockWindow {
  first: number;
  last: number;
}

/** The document positions from the start of the window's first block to the end of its last. */
export interface NearRange {
  from: number;
  to: number;
}

export const nearBlocksKey = new PluginKey<NearRange | null>('nearBlocks');

/** The part of the document near the viewport; null until the view has been measured (all of it). */
export function nearRange(state: EditorState): NearRange | null {
  return nearBlocksKey.getState(state) ?? null;
}

/** The positions before the first and after the last top-level block of a window. */
function rangeOf(view: EditorView, { first, last }: BlockWindow): NearRange {
  const blocks = view.dom.children;
  const $first = view.state.doc.resolve(view.posAtDOM(blocks[first], 0));
  const $last = view.state.doc.resolve(view.posAtDOM(blocks[last], 0));
  return { from: $first.depth ? $first.before(1) : $first.pos, to: $last.depth ? $last.after(1) : Math.min($last.pos + 1, view.state.doc.content.size) };
}

/** Indexes (0-based) of the first and last top-level elements overlapping [top, bottom] in viewport coordinates. */
function blocksBetween(dom: HTMLElement, top: number, bottom: number): BlockWindow | null {
  const blocks = dom.children;
  if (blocks.length === 0) return null;
  const rect = (i: number) => blocks[i].getBoundingClientRect();
  // Blocks stand one below the other: binary search for the first that ends below `top`…
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rect(mid).bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // …and the last that starts above `bottom`.
  hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rect(mid).top > bottom) hi = mid - 1;
    else lo = mid;
  }
  return { first, last: lo };
}

/** Hides every top-level block outside the window but the one being edited (editor/currentBlock.ts). */
function windowRule(id: string, { first, last }: BlockWindow): string {
  const scope = `.story-doc[data-near-blocks="${id}"]`;
  return `${scope} > :nth-child(-n+${first}):not(.is-current), ${scope} > :nth-child(n+${last + 2}):not(.is-current) { content-visibility: hidden; }`;
}

let views = 0;

export function nearBlocksPlugin(): Plugin {
  const id = String(++views);
  return new Plugin<NearRange | null>({
    key: nearBlocksKey,
    state: {
      init: () => null,
      apply(tr, range) {
        const moved = tr.getMeta(nearBlocksKey) as NearRange | undefined;
        if (moved) return moved;
        return range && tr.docChanged ? { from: tr.mapping.map(range.from, -1), to: tr.mapping.map(range.to, 1) } : range;
      },
    },
    props: { attributes: { 'data-near-blocks': id } },
    view(view: EditorView) {
      const sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      let current: BlockWindow | null = null;

      const follow = () => {
        if (view.isDestroyed || view.dom.getClientRects().length === 0) return;
        const screen = window.innerHeight;
        const needed = blocksBetween(view.dom, -NEEDED_SCREENS * screen, (1 + NEEDED_SCREENS) * screen);
        if (!needed || (current && current.first <= needed.first && needed.last <= current.last)) return;
        current = blocksBetween(view.dom, -WINDOW_SCREENS * screen, (1 + WINDOW_SCREENS) * screen)!;
        sheet.replaceSync(windowRule(id, current));
        view.dispatch(view.state.tr.setMeta(nearBlocksKey, rangeOf(view, current)).setMeta('addToHistory', false));
      };
      // Any scroll or resize may bring hidden blocks close; scroll events run before the frame is drawn.
      const onScroll = (event: Event) => {
        if (event.target === document || (event.target as Node).contains?.(view.dom)) follow();
      };
      window.addEventListener('scroll', onScroll, { capture: true, passive: true });
      window.addEventListener('resize', follow, { passive: true });
      // Until the first look every block is left to the browser.
      let frame = requestAnimationFrame(follow);
      return {
        update(view, prevState) {
          // Blocks added or removed shift the numbering and may pull hidden ones into sight without a scroll:
          // look again before the next paint.
          if (view.state.doc.childCount !== prevState.doc.childCount) {
            current = null;
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(follow);
          }
        },
        destroy() {
          cancelAnimationFrame(frame);
          window.removeEventListener('scroll', onScroll, { capture: true });
          window.removeEventListener('resize', follow);
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    },
  });
}
