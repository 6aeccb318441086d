// Typing shortcuts: typographic quotes, em dash, ellipsis, and Markdown-like block starts.
import { InputRule, inputRules, textblockTypeInputRule, wrappingInputRule } from 'prosemirror-inputrules';
import type { Plugin } from 'prosemirror-state';
import { storySchema } from '../../../core/story/schema';
import { smarten } from '../../../core/markdown/typography';

const { nodes } = storySchema;

function quoteRule(quote: '"' | "'"): InputRule {
  return new InputRule(new RegExp(`${quote}$`), (state, _match, start, end) => {
    const $start = state.doc.resolve(start);
    const before = $start.parent.textBetween(0, $start.parentOffset, '\n', ' ');
    return state.tr.insertText(smarten(quote, before), start, end);
  });
}

/**
 * A quote typed before a year ("’90s") opens until its digits arrive: once two are typed,
 * core's typography (which knows ’90s is an apostrophe) decides again.
 */
const elidedYear = new InputRule(/(^|[\s(])‘(\d{2})$/, (state, match, start, end) => {
  const quoteAt = start + match[1].length;
  const smart = smarten(`'${match[2]}`, match[1]);
  return smart.startsWith('‘') ? null : state.tr.insertText(smart, quoteAt, end);
});

const emDash = new InputRule(/--$/, (state, _m, start, end) => state.tr.insertText('—', start, end));
const ellipsis = new InputRule(/\.\.\.$/, (state, _m, start, end) => state.tr.insertText('…', start, end));

export function storyInputRules(): Plugin {
  return inputRules({
    rules: [
      quoteRule('"'),
      quoteRule("'"),
      elidedYear,
      emDash,
      ellipsis,
      textblockTypeInputRule(/^##\s$/, nodes.subhead, { level: 1 }),
      textblockTypeInputRule(/^###\s$/, nodes.subhead, { level: 2 }),
      wrappingInputRule(/^\s*>\s$/, nodes.blockquote),
      wrappingInputRule(/^\s*[-*•]\s$/, nodes.bullet_list),
      wrappingInputRule(
        /^(\d+)\.\s$/,
        nodes.ordered_list,
        (match) => ({ order: Number(match[1]) }),
        (match, node) => node.childCount + Number(node.attrs.order) === Number(match[1]),
      ),
    ],
  });
}
