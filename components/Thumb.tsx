import { useState } from 'preact/hooks';
import { safeHttpUrl } from './safe-url';

/** A product picture (http/https only) that steps aside quietly when the shop's image fails to load. */
export function Thumb({ src }: { src: string | null }) {
  const safe = safeHttpUrl(src);
  const [failed, setFailed] = useState<string | null>(null);
  return (
    <div class="thumb">
      {safe && failed !== safe ? (
        <img src={safe} alt="" loading="lazy" referrerpolicy="no-referrer" onError={() => setFailed(safe)} />
      ) : null}
    </div>
  );
}
