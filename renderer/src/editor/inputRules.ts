// Typing shortcuts: typographic quotes, em dash, ellipsis, and Markdown-like block starts.
import { InputRule, inputRules, textblockTypeInputRule, wrappingInputRule } from 'prosemirror-inputrules';
import type { Plugin } from 'prosemirror-state';
import { storySchema } from '../../../core/story/schema';
import { curlyQuote, ELIDED_YEAR } from './typography';

const { nodes } = storySchema;

function quoteRule(quote: '"' | "'"): InputRule {
  return new InputRule(new RegExp(`${quote}$`), (state, _match, start, end) => {
    const $start = state.doc.resolve(start);
    const before = $start.parent.textBetween(0, $start.parentOffset, '\n', ' ');
    return state.tr.insertText(curlyQuote(quote, before), start, end);
  });
}

/** Turns ‘90 into ’90 once the second digit is typed. */
const elidedYear = new InputRule(ELIDED_YEAR, (state, match, start, end) => {
  const quoteAt = start + match[1].length;
  return state.tr.insertText('’', quoteAt, quoteAt + 1).insertText(match[2], quoteAt + 1, end);
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
