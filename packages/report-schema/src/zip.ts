// A minimal ZIP writer and reader for XLSX files, over the platform's own deflate: node:zlib
// where the runtime offers it (synchronous, with a chosen level and its CRC-32), else
// CompressionStream "deflate-raw" (every current browser). Native zlib compresses about three
// times faster than a JavaScript deflate, and no dependency is needed.

interface Zlib {
  deflateRawSync(data: Uint8Array, options: { level: number }): Uint8Array;
  inflateRawSync(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/**
 * node:zlib through `process.getBuiltinModule` (Node ≥ 20.16), a call rather than an import so
 * that bundlers for browsers leave it out; undefined in browsers and older runtimes.
 */
const zlib = (() => {
  const process = (
    globalThis as { process?: { getBuiltinModule?: (name: string) => Partial<Zlib> | undefined } }
  ).process;
  const module = process?.getBuiltinModule?.("node:zlib");
  return module?.crc32 && module.deflateRawSync ? (module as Zlib) : undefined;
})();

/**
 * Level 2: 4 to 5 times faster than zlib's default 6 on sheet XML, for files about 12% larger
 * (the bench's 16 MB of XML: 69 ms and 2.0 MB against 280 ms and 1.8 MB).
 */
const LEVEL = 2;

async function transform(data: Uint8Array, stream: TransformStream<Uint8Array, Uint8Array>) {
  const output = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/**
 * Deflates and computes the CRC-32, both natively. Without node:zlib, deflates with the
 * platform's gzip and takes the raw deflate body and the CRC-32 out of it: zlib computes the
 * checksum several times faster than JavaScript can.
 */
async function deflateWithCrc(data: Uint8Array): Promise<{ body: Uint8Array; crc: number }> {
  if (zlib) return { body: zlib.deflateRawSync(data, { level: LEVEL }), crc: zlib.crc32(data) };
  const gzip = await transform(data, new CompressionStream("gzip"));
  const flags = gzip[3]!;
  let start = 10;
  if (flags & 4) start += 2 + (gzip[start]! | (gzip[start + 1]! << 8));
  if (flags & 8) while (gzip[start++] !== 0);
  if (flags & 16) while (gzip[start++] !== 0);
  if (flags & 2) start += 2;
  const view = new DataView(gzip.buffer, gzip.byteOffset, gzip.byteLength);
  return {
    body: gzip.subarray(start, gzip.length - 8),
    crc: view.getUint32(gzip.length - 8, true),
  };
}

const UTF8 = 0x0800;
const DEFLATE = 8;

const encoder = new TextEncoder();

/**
 * A ZIP archive written file by file: each file is deflated when it is added, so only the
 * compressed bodies are kept and the caller can reuse its buffer for the next one.
 */
export function createZipWriter() {
  const entries: { name: Uint8Array; size: number; body: Uint8Array; crc: number }[] = [];
  return {
    async add(name: string, data: Uint8Array) {
      entries.push({
        name: encoder.encode(name),
        size: data.length,
        ...(await deflateWithCrc(data)),
      });
    },
    finish: () => assemble(entries),
  };
}

/** A ZIP archive of the given files, each deflated. */
export async function zip(files: Readonly<Record<string, Uint8Array>>): Promise<Uint8Array> {
  const writer = createZipWriter();
  for (const [name, data] of Object.entries(files)) await writer.add(name, data);
  return writer.finish();
}

function assemble(
  entries: readonly { name: Uint8Array; size: number; body: Uint8Array; crc: number }[],
): Uint8Array {
  const localSize = entries.reduce(
    (total, entry) => total + 30 + entry.name.length + entry.body.length,
    0,
  );
  const centralSize = entries.reduce((total, entry) => total + 46 + entry.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let offset = 0;
  const offsets: number[] = [];
  for (const entry of entries) {
    offsets.push(offset);
    view.setUint32(offset, 0x04034b50, true);
    view.setUint16(offset + 4, 20, true);
    view.setUint16(offset + 6, UTF8, true);
    view.setUint16(offset + 8, DEFLATE, true);
    view.setUint16(offset + 12, 0x0021, true); // 1980-01-01: the archive does not depend on the clock
    view.setUint32(offset + 14, entry.crc, true);
    view.setUint32(offset + 18, entry.body.length, true);
    view.setUint32(offset + 22, entry.size, true);
    view.setUint16(offset + 26, entry.name.length, true);
    out.set(entry.name, offset + 30);
    out.set(entry.body, offset + 30 + entry.name.length);
    offset += 30 + entry.name.length + entry.body.length;
  }
  const centralStart = offset;
  entries.forEach((entry, index) => {
    view.setUint32(offset, 0x02014b50, true);
    view.setUint16(offset + 4, 20, true);
    view.setUint16(offset + 6, 20, true);
    view.setUint16(offset + 8, UTF8, true);
    view.setUint16(offset + 10, DEFLATE, true);
    view.setUint16(offset + 14, 0x0021, true);
    view.setUint32(offset + 16, entry.crc, true);
    view.setUint32(offset + 20, entry.body.length, true);
    view.setUint32(offset + 24, entry.size, true);
    view.setUint16(offset + 28, entry.name.length, true);
    view.setUint32(offset + 42, offsets[index]!, true);
    out.set(entry.name, offset + 46);
    offset += 46 + entry.name.length;
  });
  view.setUint32(offset, 0x06054b50, true);
  view.setUint16(offset + 8, entries.length, true);
  view.setUint16(offset + 10, entries.length, true);
  view.setUint32(offset + 12, offset - centralStart, true);
  view.setUint32(offset + 16, centralStart, true);
  return out;
}

/** The files of a ZIP archive, read lazily: `read(name)` inflates one file on demand. */
export function unzip(bytes: Uint8Array): {
  names: string[];
  read: (name: string) => Promise<Uint8Array | undefined>;
} {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 65557); offset -= 1)
    if (view.getUint32(offset, true) === 0x06054b50) {
      end = offset;
      break;
    }
  if (end < 0) throw new Error("Not a ZIP archive: no end of central directory");
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries = new Map<string, { method: number; size: number; local: number }>();
  for (let index = 0; index < count; index += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50)
      throw new Error("Damaged ZIP archive: bad central directory entry");
    const method = view.getUint16(offset + 10, true);
    const size = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    if (size === 0xffffffff || local === 0xffffffff)
      throw new Error("ZIP64 archives are not supported");
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.set(name, { method, size, local });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return {
    names: [...entries.keys()],
    read: async (name) => {
      const entry = entries.get(name);
      if (!entry) return undefined;
      const start =
        entry.local +
        30 +
        view.getUint16(entry.local + 26, true) +
        view.getUint16(entry.local + 28, true);
      const body = bytes.subarray(start, start + entry.size);
      if (entry.method === 0) return body;
      if (entry.method !== DEFLATE)
        throw new Error(`Unsupported ZIP compression method ${entry.method}`);
      if (!zlib) return transform(body, new DecompressionStream("deflate-raw"));
      const inflated = zlib.inflateRawSync(body);
      // A plain Uint8Array over node's Buffer, as the browser path gives.
      return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
    },
  };
}
