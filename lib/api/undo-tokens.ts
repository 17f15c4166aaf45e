import type { UndoToken } from './types';

/**
 * Keeps what a removal needs for its undo behind an opaque token, so pages never hold or
 * forge the stored row. Tokens are single-use; old ones are dropped past `max`.
 */
export function createUndoStore<T>(max = 50) {
  const byToken = new Map<UndoToken, T>();
  let seq = 0;
  return {
    put(value: T): UndoToken {
      const token = `undo-${++seq}`;
      byToken.set(token, value);
      if (byToken.size > max) byToken.delete(byToken.keys().next().value as UndoToken);
      return token;
    },
    take(token: UndoToken): T | undefined {
      const value = byToken.get(token);
      byToken.delete(token);
      return value;
    },
  };
}
