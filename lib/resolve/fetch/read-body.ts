/** The body as text, or 'too-large' once more than `maxBytes` arrive (the stream is cancelled then). */
export async function readCapped(res: Response, maxBytes: number): Promise<string | 'too-large'> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    return 'too-large';
  }
  const decoder = decoderFor(res.headers.get('content-type'));
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    return buf.byteLength > maxBytes ? 'too-large' : decoder.decode(buf);
  }
  const reader = res.body.getReader();
  const chunks: string[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Content-Length can lie or be absent (chunked): stop reading the moment the cap is passed.
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(decoder.decode(value, { stream: true }));
  }
  chunks.push(decoder.decode());
  return chunks.join('');
}

function decoderFor(contentType: string | null): TextDecoder {
  const label = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}
