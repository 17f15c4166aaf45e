import { describe, expect, it } from 'vitest';
import { saveErrorText } from '../../../lib/inline/save-error';
import { NoReceiverError } from '../../../lib/protocol/messaging';
import { SAVE_ERRORS } from '../../../lib/protocol/reasons';

describe('saveErrorText', () => {
  it('names the cure when the tab’s products were dropped to save memory', () => {
    // The background's error crosses the message boundary as its text only.
    const dropped = new Error(SAVE_ERRORS.tabDropped);
    expect(saveErrorText(dropped, true)).toBe('Reload to save');
    expect(saveErrorText(dropped, false)).toBe('Reload page');
  });

  it('names the cure when nobody answers (the extension was updated under the page)', () => {
    expect(saveErrorText(new NoReceiverError('saveMention'), true)).toBe('Reload to save');
  });

  it('keeps the short words for any other failure, and for values that are not errors', () => {
    expect(saveErrorText(new Error('quota exceeded'), true)).toBe('Not saved');
    expect(saveErrorText(new Error('quota exceeded'), false)).toBe('Not removed');
    expect(saveErrorText('a string thrown by a page', true)).toBe('Not saved');
    expect(saveErrorText(undefined, false)).toBe('Not removed');
  });
});
