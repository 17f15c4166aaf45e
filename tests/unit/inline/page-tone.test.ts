import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundTone, relativeLuminance, type ToneMemo } from '@/lib/inline/page-tone';
import { buildControl, paintControl, type ControlProps } from '@/lib/inline/control-dom';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('backgroundTone', () => {
  it('reads the nearest opaque background behind the element', () => {
    document.body.innerHTML = `
      <div style="background-color: rgb(20, 20, 24)"><p><span id="dark">x</span></p></div>
      <div style="background-color: rgb(255, 255, 255)"><span id="light">x</span></div>
      <div style="background-color: rgb(250, 250, 250)"><div style="background-color: rgba(0, 0, 0, 0.1)"><span id="see-through">x</span></div></div>`;
    expect(backgroundTone(document.getElementById('dark')!)).toBe('dark');
    expect(backgroundTone(document.getElementById('light')!)).toBe('light');
    expect(backgroundTone(document.getElementById('see-through')!)).toBe('light');
  });

  it('is light on a page with no background of its own', () => {
    document.body.innerHTML = '<p id="p">x</p>';
    expect(backgroundTone(document.getElementById('p')!)).toBe('light');
  });

  it('gives the same tones with a memo, reading each shared ancestor once', () => {
    document.body.innerHTML = `
      <section style="background-color: rgb(16, 16, 20)"><div><p id="a">x</p><p id="b">y</p></div></section>
      <div><p id="c">z</p><p id="d">w</p></div>`;
    const ids = ['a', 'b', 'c', 'd'];
    const plain = ids.map((id) => backgroundTone(document.getElementById(id)!));
    const read = vi.spyOn(window, 'getComputedStyle');
    const memo: ToneMemo = { tones: new Map() };
    expect(ids.map((id) => backgroundTone(document.getElementById(id)!, memo))).toEqual(plain);
    expect(plain).toEqual(['dark', 'dark', 'light', 'light']);
    // a, its div and section; b alone; c, its div, body and html, then the canvas; d alone.
    expect(read).toHaveBeenCalledTimes(3 + 1 + 4 + 1 + 1);
    read.mockRestore();
  });

  it('splits at the luminance where white and black text contrast equally', () => {
    expect(relativeLuminance(255, 255, 255)).toBeCloseTo(1);
    expect(relativeLuminance(0, 0, 0)).toBe(0);
    expect(relativeLuminance(117, 117, 117)).toBeLessThan(0.179);
    expect(relativeLuminance(118, 118, 118)).toBeGreaterThan(0.179);
  });
});

describe('control tone', () => {
  it('takes the dark style only from the article’s tone', () => {
    const props: ControlProps = {
      label: 'x',
      state: undefined,
      saved: false,
      busy: false,
      error: null,
      undo: false,
      tone: 'dark',
    };
    const dark = buildControl(document, () => {});
    paintControl(dark, props);
    expect(dark.wrap.classList.contains('mg-dark')).toBe(true);
    const light = buildControl(document, () => {});
    paintControl(light, { ...props, tone: 'light' });
    expect(light.wrap.classList.contains('mg-light')).toBe(true);
  });
});
