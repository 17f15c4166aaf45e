/** Releases a slot taken from a limiter; calling it twice is harmless. */
export type Release = () => void;

/** A slot queue: at most `perHost` tasks per host and `total` in all; first come, first served. */
export interface Limiter {
  /** Waits for a slot for `host`; rejects with the signal's reason if aborted while queued. */
  acquire(host: string, signal?: AbortSignal): Promise<Release>;
}

interface Waiter {
  host: string;
  grant: (release: Release) => void;
}

/** Creates a limiter; Magpie keeps to a few requests per shop so it never looks like a crawler. */
export function createLimiter(perHost: number, total: number): Limiter {
  let active = 0;
  const byHost = new Map<string, number>();
  const queue: Waiter[] = [];

  const canRun = (host: string) => active < total && (byHost.get(host) ?? 0) < perHost;

  function start(host: string): Release {
    active++;
    byHost.set(host, (byHost.get(host) ?? 0) + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      active--;
      const n = (byHost.get(host) ?? 1) - 1;
      if (n > 0) byHost.set(host, n);
      else byHost.delete(host);
      pump();
    };
  }

  function pump(): void {
    for (let i = 0; i < queue.length && active < total;) {
      const w = queue[i] as Waiter;
      if (canRun(w.host)) {
        queue.splice(i, 1);
        w.grant(start(w.host));
      } else {
        i++;
      }
    }
  }

  return {
    acquire(host, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (canRun(host) && queue.length === 0) return Promise.resolve(start(host));
      return new Promise<Release>((resolve, reject) => {
        const onAbort = () => {
          const i = queue.indexOf(waiter);
          if (i >= 0) queue.splice(i, 1);
          reject(signal?.reason);
        };
        const waiter: Waiter = {
          host,
          grant: (release) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(release);
          },
        };
        queue.push(waiter);
        signal?.addEventListener('abort', onAbort, { once: true });
        pump();
      });
    },
  };
}
