import { useState } from 'preact/hooks';
import { safeHttpUrl } from './safe-url';

/**
 * A product picture (http/https only). Without one, or when the shop's image fails to load, a
 * quiet placeholder keeps the layout and shows the brand's or product's initial.
 */
export function Thumb({ src, initial }: { src: string | null; initial?: string }) {
  const safe = safeHttpUrl(src);
  const [failed, setFailed] = useState<string | null>(null);
  const show = safe && failed !== safe;
  return (
    <div class={`thumb${show ? '' : ' thumb-empty'}`}>
      {show ? (
        <img src={safe} alt="" loading="lazy" referrerpolicy="no-referrer" onError={() => setFailed(safe)} />
      ) : (
        <span aria-hidden="true">{(initial ?? '').trim().charAt(0).toUpperCase()}</span>
      )}
    </div>
  );
}
