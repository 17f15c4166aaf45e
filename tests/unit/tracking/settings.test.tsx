import { afterEach, describe, expect, it } from 'vitest';
import { TrackingOptions, type TrackingStore } from '@/components/TrackingOptions';
import { DEFAULT_TRACKING, parseTracking, type TrackingSettings } from '@/lib/tracking-settings';
import { cleanup, mount, settle } from '../components/dom';
import { act } from 'preact/test-utils';

afterEach(cleanup);

describe('tracking settings', () => {
  it('default to a 12-hour refresh and alerts for drops of 10% or more; bad values fall back or clamp', () => {
    expect(parseTracking(undefined)).toEqual({ refreshHours: 12, alerts: true, dropPercent: 10 });
    expect(parseTracking({ refreshHours: 0.1, alerts: 'yes', dropPercent: 500 })).toEqual({
      refreshHours: 1,
      alerts: true,
      dropPercent: 90,
    });
    expect(parseTracking({ refreshHours: '6' })).toEqual(DEFAULT_TRACKING);
  });

  it('the options page changes the interval and the threshold', async () => {
    let stored: TrackingSettings = { ...DEFAULT_TRACKING };
    const store: TrackingStore = {
      get: async () => stored,
      save: async (next) => (stored = parseTracking(next)),
      watch: () => () => {},
    };
    const { root } = mount(<TrackingOptions store={store} />);
    await settle();
    const [hours, percent] = [...root.querySelectorAll('input[type="number"]')] as HTMLInputElement[];
    act(() => {
      hours!.value = '6';
      hours!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    act(() => {
      percent!.value = '25';
      percent!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(stored).toEqual({ refreshHours: 6, alerts: true, dropPercent: 25 });
  });
});
