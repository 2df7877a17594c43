// A model file with each type's begin score shifted: `delta` added to every transition into the type's B- tag (the
// transitions are the file's last (T + 1) × T float32s, model.ts), which is a bias on starting that type's mention.
import { beginOf, NUM_TAGS as T, type EntityType } from '../../lib/analysis/ner/tags';

export function withTypeBias(bytes: Uint8Array, deltas: Partial<Record<EntityType, number>>): Uint8Array {
  const out = bytes.slice(), n = (T + 1) * T, at = out.length - n * 4;
  const view = new DataView(out.buffer, out.byteOffset + at, n * 4);
  for (const [type, d] of Object.entries(deltas) as [EntityType, number][]) {
    if (!d) continue;
    for (let a = 0; a <= T; a++) {
      const k = (a * T + beginOf(type)) * 4;
      view.setFloat32(k, Math.fround(view.getFloat32(k, true) + d), true);
    }
  }
  return out;
}

/** A model file with fields of its JSON header replaced (a dev model given a language and a temperature). */
export function withHeader(bytes: Uint8Array, patch: Record<string, unknown>): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset), n = view.getUint32(6, true);
  const json = new TextEncoder().encode(JSON.stringify({ ...JSON.parse(new TextDecoder().decode(bytes.subarray(10, 10 + n))), ...patch }));
  const out = new Uint8Array(bytes.length - n + json.length);
  out.set(bytes.subarray(0, 6));
  new DataView(out.buffer).setUint32(6, json.length, true);
  out.set(json, 10);
  out.set(bytes.subarray(10 + n), 10 + json.length);
  return out;
}
