// Bounded HTTP bodies: a fetch Response read up to a byte cap as it streams (Content-Length is only a hint:
// a chunked body has none). Used for every untrusted body (registry, token endpoint, artifact zip).
// Pure apart from reading the stream; memory: at most the cap.

/** A body was larger than allowed; the message says how large ("123 bytes", "more than N bytes"). */
export class BodyLimit extends Error {}

/**
 * Reads a response body up to `max` bytes; past that the body is cancelled and BodyLimit thrown. The
 * request's AbortSignal (its deadline) ends the read too.
 */
export async function readCapped(res: Response, max: number): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > max) {
    await res.body?.cancel().catch(() => undefined);
    throw new BodyLimit(`${declared} bytes`);
  }
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const parts: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw new BodyLimit(`more than ${max} bytes`);
    }
    parts.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(parts);
}
