/**
 * Stores package entries in a zip with Node's zlib, deflating each part piece by piece (in zlib's
 * thread pool, beside the XML writing) as it is written, so a sheet of 100,000 rows is never
 * held whole in memory. Plain zip (no zip64): a part
 * must stay under 4 GiB.
 */
import zlib from "node:zlib";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { PackageEntry } from "./package";

const LEVEL = 3;
const PIECE_BYTES = 1 << 21;
const IN_FLIGHT = 3;
/** A final, empty, fixed-Huffman deflate block. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
const MAX32 = 0xffffffff;

interface Stored {
  name: Buffer;
  crc: number;
  size: number;
  compressed: number;
  offset: number;
}

function deflatePiece(piece: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zlib.deflateRaw(
      piece,
      { level: LEVEL, finishFlush: zlib.constants.Z_SYNC_FLUSH },
      (err, out) => (err ? reject(err) : resolve(out))
    )
  );
}

let table: Uint32Array | undefined;

/** zlib's CRC-32 (Node 20.15 and later), or the same polynomial computed here on older Nodes. */
function crc32(data: Buffer, prev: number): number {
  const native = (zlib as { crc32?: (d: Buffer, v: number) => number }).crc32;
  if (native) return native(data, prev);
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = (prev ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Writes `entries` as a zip to `out` (a file stream); resolves when everything is written. */
export async function zipToStream(
  entries: readonly PackageEntry[],
  out: Writable
): Promise<number> {
  let offset = 0;
  const stored: Stored[] = [];
  const write = async (buf: Buffer) => {
    offset += buf.length;
    if (!out.write(buf)) await once(out, "drain");
  };
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const start = offset;
    // Local header with sizes in the data descriptor that follows the data (flag bit 3).
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt16LE(name.length, 26);
    await write(Buffer.concat([local, name]));
    // Each piece is deflated on its own (in zlib's thread pool, beside the XML writing) and ends
    // on a sync flush: a byte boundary with no final block, so the pieces concatenate into one
    // deflate stream, which an empty final block ends.
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const inFlight: Promise<Buffer>[] = [];
    const drainOne = async () => {
      const piece = await (inFlight.shift() as Promise<Buffer>);
      compressed += piece.length;
      await write(piece);
    };
    const feed = async (buf: Buffer) => {
      crc = crc32(buf, crc);
      size += buf.length;
      inFlight.push(deflatePiece(buf));
      if (inFlight.length >= IN_FLIGHT) await drainOne();
    };
    if (e.kind === "data")
      await feed(typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data));
    else if (e.kind === "later") await feed(Buffer.from(e.data(), "utf8"));
    else {
      let piece = Buffer.allocUnsafe(PIECE_BYTES);
      let at = 0;
      for (const chunk of e.chunks()) {
        if (at + chunk.length * 3 > PIECE_BYTES && at > 0) {
          await feed(piece.subarray(0, at));
          piece = Buffer.allocUnsafe(PIECE_BYTES);
          at = 0;
        }
        if (chunk.length * 3 > PIECE_BYTES) await feed(Buffer.from(chunk, "utf8"));
        else at += piece.write(chunk, at, "utf8");
      }
      if (at > 0) await feed(piece.subarray(0, at));
    }
    while (inFlight.length > 0) await drainOne();
    compressed += FINAL_BLOCK.length;
    await write(FINAL_BLOCK);
    if (size > MAX32 || compressed > MAX32 || offset > MAX32)
      throw new Error(`${e.name} is larger than a zip without zip64 can hold`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await write(descriptor);
    stored.push({ name, crc: crc >>> 0, size, compressed, offset: start });
  }
  const dirStart = offset;
  for (const s of stored) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(0x0808, 8);
    h.writeUInt16LE(8, 10);
    h.writeUInt16LE(0, 12);
    h.writeUInt16LE(0x21, 14);
    h.writeUInt32LE(s.crc, 16);
    h.writeUInt32LE(s.compressed, 20);
    h.writeUInt32LE(s.size, 24);
    h.writeUInt16LE(s.name.length, 28);
    h.writeUInt32LE(s.offset, 42);
    await write(Buffer.concat([h, s.name]));
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(stored.length, 8);
  end.writeUInt16LE(stored.length, 10);
  end.writeUInt32LE(offset - dirStart, 12);
  end.writeUInt32LE(dirStart, 16);
  await write(end);
  return offset;
}
