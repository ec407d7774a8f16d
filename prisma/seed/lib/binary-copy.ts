// COPY … FROM STDIN WITH (FORMAT binary) for the hottest tables (video views, ad impressions):
// PostgreSQL parses binary uuids and timestamps several times faster than their text forms,
// and the generator writes them straight from numbers into a buffer.

const PG_EPOCH_MS = Date.UTC(2000, 0, 1);
const HEADER = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
const TRAILER = Buffer.from([0xff, 0xff]);

/** Writes binary COPY tuples into chunks of about `chunkSize` bytes. */
export class BinaryRows {
  private buf: Buffer;
  private pos = 0;
  private tupleStart = 0;

  constructor(private readonly chunkSize = 256 * 1024) {
    this.buf = Buffer.allocUnsafe(chunkSize + 64 * 1024);
  }

  static header(): Buffer {
    return HEADER;
  }

  static trailer(): Buffer {
    return TRAILER;
  }

  /** Bytes written so far in the current chunk. */
  get length(): number {
    return this.pos;
  }

  get full(): boolean {
    return this.pos >= this.chunkSize;
  }

  /** Takes the finished tuples out as one chunk. */
  take(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.pos));
    this.pos = 0;
    return out;
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n + 1024));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  tuple(fields: number): this {
    this.ensure(2);
    this.tupleStart = this.pos;
    this.buf.writeInt16BE(fields, this.pos);
    this.pos += 2;
    return this;
  }

  null(): this {
    this.ensure(4);
    this.buf.writeInt32BE(-1, this.pos);
    this.pos += 4;
    return this;
  }

  /** A uuid from UuidSpace.words(). */
  uuidWords(w: Uint32Array): this {
    const h1 = w[0]!;
    const h2 = w[1]!;
    const h3 = w[2]!;
    const h4 = w[3]!;
    this.ensure(20);
    const b = this.buf;
    let p = this.pos;
    b.writeInt32BE(16, p);
    b.writeUInt32BE(h1 >>> 0, p + 4);
    b.writeUInt32BE(((h2 & 0xffff0fff) | 0x00004000) >>> 0, p + 8);
    b.writeUInt32BE(((h3 & 0x3fffffff) | 0x80000000) >>> 0, p + 12);
    b.writeUInt32BE(h4 >>> 0, p + 16);
    p += 20;
    this.pos = p;
    return this;
  }

  /** A uuid from 16 bytes. */
  uuidBytes(bytes: Uint8Array): this {
    this.ensure(20);
    this.buf.writeInt32BE(16, this.pos);
    this.buf.set(bytes, this.pos + 4);
    this.pos += 20;
    return this;
  }

  /** A uuid from its text form. */
  uuid(text: string): this {
    this.ensure(20);
    this.buf.writeInt32BE(16, this.pos);
    this.buf.write(text.replace(/-/g, ''), this.pos + 4, 16, 'hex');
    this.pos += 20;
    return this;
  }

  /** timestamptz from epoch milliseconds. */
  ts(ms: number): this {
    this.ensure(12);
    this.buf.writeInt32BE(8, this.pos);
    this.buf.writeBigInt64BE(BigInt(Math.floor(ms) - PG_EPOCH_MS) * 1000n, this.pos + 4);
    this.pos += 12;
    return this;
  }

  /** text / varchar / char / enum label (UTF-8). */
  text(s: string): this {
    const max = s.length * 3;
    this.ensure(4 + max);
    const n = this.buf.write(s, this.pos + 4, 'utf8');
    this.buf.writeInt32BE(n, this.pos);
    this.pos += 4 + n;
    return this;
  }

  int4(v: number): this {
    this.ensure(8);
    this.buf.writeInt32BE(4, this.pos);
    this.buf.writeInt32BE(v | 0, this.pos + 4);
    this.pos += 8;
    return this;
  }

  float8(v: number): this {
    this.ensure(12);
    this.buf.writeInt32BE(8, this.pos);
    this.buf.writeDoubleBE(v, this.pos + 4);
    this.pos += 12;
    return this;
  }

  bool(v: boolean): this {
    this.ensure(5);
    this.buf.writeInt32BE(1, this.pos);
    this.buf[this.pos + 4] = v ? 1 : 0;
    this.pos += 5;
    return this;
  }

  /**
   * numeric from an integer count of 10^-scale units (e.g. micro-dollars with scale 6), for
   * non-negative values: PostgreSQL's base-10000 digit format.
   */
  numericScaled(units: number, scale: number): this {
    // Split into base-10000 digits aligned on the decimal point.
    const digits: number[] = [];
    const fracGroups = Math.ceil(scale / 4);
    const pad = fracGroups * 4 - scale;
    let v = Math.round(units) * 10 ** pad; // now in units of 10^-(fracGroups*4)
    while (v > 0) {
      digits.unshift(v % 10000);
      v = Math.floor(v / 10000);
    }
    let weight = digits.length - 1 - fracGroups;
    // Strip leading and trailing zero groups (PostgreSQL stores them stripped).
    while (digits.length && digits[0] === 0) {
      digits.shift();
      weight--;
    }
    while (digits.length && digits[digits.length - 1] === 0) digits.pop();
    if (!digits.length) weight = 0;
    const size = 8 + digits.length * 2;
    this.ensure(4 + size);
    const b = this.buf;
    let p = this.pos;
    b.writeInt32BE(size, p);
    b.writeInt16BE(digits.length, p + 4);
    b.writeInt16BE(weight, p + 6);
    b.writeInt16BE(0, p + 8); // sign: positive
    b.writeInt16BE(scale, p + 10);
    p += 12;
    for (const d of digits) {
      b.writeInt16BE(d, p);
      p += 2;
    }
    this.pos = p;
    return this;
  }

  /** Drops the tuple being written (e.g. when a generator skips a row half-way). */
  abandon(): void {
    this.pos = this.tupleStart;
  }
}

