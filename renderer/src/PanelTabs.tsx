// The side panels' tabs: an ARIA tablist where the arrow keys, Home and End move between tabs and pick
// them, and only the chosen tab is in the Tab order (the "roving tabindex" of the ARIA practices).
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface PanelTab<Name extends string> {
  name: Name;
  label: string;
  badge?: number;
}

interface Props<Name extends string> {
  tabs: PanelTab<Name>[];
  selected: Name;
  onSelect: (name: Name) => void;
  children: ReactNode;
}

const tabId = (name: string) => `panel-tab-${name}`;
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

export function PanelTabs<Name extends string>({ tabs, selected, onSelect, children }: Props<Name>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = tabs[move(tabs.findIndex((t) => t.name === selected), tabs.length)];
    onSelect(next.name);
    list.current?.querySelector<HTMLElement>(`#${tabId(next.name)}`)?.focus();
  };
  return (
    <>
      <div className="panel-tabs" role="tablist" aria-label="Panels" ref={list} onKeyDown={onKeyDown}>
        {tabs.map(({ name, label, badge }) => (
          <button
            key={name}
            id={tabId(name)}
            type="button"
            role="tab"
            aria-selected={selected === name}
            aria-controls="panel-content"
            tabIndex={selected === name ? 0 : -1}
            onClick={() => onSelect(name)}
          >
            {label}
            {badge ? <span className="badge">{badge}</span> : null}
          </button>
        ))}
      </div>
      <div className="panel-content" id="panel-content" role="tabpanel" aria-labelledby={tabId(selected)}>
        {children}
      </div>
    </>
  );
}
