import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/Popup';
import { createMockApi } from '@/tests/support/mock-api';
import { sampleTabView } from '@/tests/support/mock-data';
import { REASONS } from '@/lib/protocol/reasons';
import { cleanup, mount, settle, text } from './dom';

afterEach(cleanup);

describe('Popup: a spent request budget', () => {
  it('says plainly that price checks are paused', async () => {
    const view = sampleTabView();
    view.states = view.states.map(() => ({ status: 'unavailable', reason: REASONS.budgetSpent }));
    const m = mount(<Popup api={createMockApi({ tab: { tabId: 7, view }, livePrices: true })} />);
    await settle();
    expect(text(m.root)).toContain('Price checks are paused: this page asked for too many shop requests');
  });

  it('says nothing of the kind while the budget lasts', async () => {
    const m = mount(<Popup api={createMockApi({ tab: { tabId: 7, view: sampleTabView() }, livePrices: true })} />);
    await settle();
    expect(text(m.root)).not.toContain('paused');
  });
});
