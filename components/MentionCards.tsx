import { Component } from 'preact';
import type { TabView } from '../lib/api/types';
import { MentionCard } from './MentionCard';

interface CardProps {
  view: TabView;
  index: number;
  busy: boolean;
  onToggle: (index: number) => void;
}

/**
 * One card that re-renders only when its own mention, state or saved id changed: while prices
 * stream in, each delta changes a few states, and the other 199 cards must not render again.
 */
class Card extends Component<CardProps> {
  override shouldComponentUpdate(next: CardProps): boolean {
    const a = this.props;
    const i = a.index;
    return (
      next.index !== i ||
      next.busy !== a.busy ||
      next.onToggle !== a.onToggle ||
      next.view.mentions[i] !== a.view.mentions[i] ||
      next.view.states[i] !== a.view.states[i] ||
      next.view.savedIds[i] !== a.view.savedIds[i] ||
      next.view.images?.[i] !== a.view.images?.[i]
    );
  }

  override render({ view, index, busy, onToggle }: CardProps) {
    return (
      <MentionCard
        mention={view.mentions[index]!}
        image={view.images?.[index] ?? null}
        state={view.states[index]}
        saved={view.savedIds[index] != null}
        busy={busy}
        onToggle={() => onToggle(index)}
      />
    );
  }
}

interface CardsProps {
  view: TabView;
  isBusy: (index: number) => boolean;
  onToggle: (index: number) => void;
}

/** The popup's list of the page's products. `onToggle` should stay the same function across renders. */
export function MentionCards({ view, isBusy, onToggle }: CardsProps) {
  return (
    <ul class="cards" aria-label="Products on this page">
      {view.mentions.map((_, i) => (
        <Card key={i} view={view} index={i} busy={isBusy(i)} onToggle={onToggle} />
      ))}
    </ul>
  );
}
