import { vi } from 'vitest';
import type { AlarmsApi } from '@/lib/background/refresh-alarms';

/**
 * browser.alarms on a fake clock: only Date is faked (IndexedDB and the fixture server keep
 * their real timers), and `advance` moves the clock and fires every alarm that fell due, in order,
 * awaiting what each listener started through `settle`.
 */
export function fakeAlarms(start: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
  const alarms = new Map<string, { name: string; scheduledTime: number; periodInMinutes?: number }>();
  const listeners: ((a: { name: string }) => void)[] = [];
  const api: AlarmsApi & { all: typeof alarms } = {
    all: alarms,
    create(name, info) {
      const delay = (info.delayInMinutes ?? info.periodInMinutes ?? 0) * 60_000;
      alarms.set(name, { name, scheduledTime: Date.now() + delay, periodInMinutes: info.periodInMinutes });
    },
    async get(name) {
      return alarms.get(name);
    },
    onAlarm: { addListener: (cb) => void listeners.push(cb) },
  };
  return {
    api,
    /** Moves the clock by `ms`, firing due alarms; returns their names. */
    advance(ms: number): string[] {
      const until = Date.now() + ms;
      const fired: string[] = [];
      for (;;) {
        const due = [...alarms.values()]
          .filter((a) => a.scheduledTime <= until)
          .sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
        if (!due) break;
        vi.setSystemTime(due.scheduledTime);
        if (due.periodInMinutes) due.scheduledTime += due.periodInMinutes * 60_000;
        else alarms.delete(due.name);
        fired.push(due.name);
        for (const l of listeners) l({ name: due.name });
      }
      vi.setSystemTime(until);
      return fired;
    },
  };
}
