// Append-only JSONL journal: one line per committed mutation, holding every operation of that
// mutation (the new object versions, balance changes and the idempotency record together), so a
// line is applied whole or — when a crash cut it short — not at all.
//
// Writes are synchronous appends on an open descriptor (O(1) per mutation, no fsync): the
// response leaves only after its line has reached the OS. At start the file is replayed; a torn
// last line is cut off; a journal with much superseded history is rewritten compactly.
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const JOURNAL_FILE = 'stripe-emulator.jsonl';
const LOCK_FILE = 'stripe-emulator.lock';
const FORMAT_VERSION = 1;

/** Directories opened by a live emulator in this process (to tell a crash-left lock from a live one). */
const openInThisProcess = new Set<string>();

export class JournalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JournalError';
  }
}

export interface ReplayResult<Op> {
  /** The committed lines, in order; each is the list of operations of one mutation. */
  ops: Op[][];
  lineCount: number;
  /** Bytes of a torn last line that were cut off. */
  truncatedBytes: number;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class Journal<Op> {
  private fd: number | null = null;
  private readonly path: string;
  private readonly lockPath: string;

  private constructor(private readonly dir: string) {
    this.path = join(dir, JOURNAL_FILE);
    this.lockPath = join(dir, LOCK_FILE);
  }

  /**
   * Opens (creating if needed) the journal in `dir`, takes the directory's lock and returns the
   * committed lines. A lock held by another live process is an error: two emulators must never
   * append to one journal.
   */
  static open<Op>(dir: string): { journal: Journal<Op>; replay: ReplayResult<Op> } {
    mkdirSync(dir, { recursive: true });
    const journal = new Journal<Op>(dir);
    journal.lock();
    try {
      const replay = journal.read();
      journal.fd = openSync(journal.path, 'a');
      return { journal, replay };
    } catch (error) {
      journal.unlock();
      throw error;
    }
  }

  private lock(): void {
    if (existsSync(this.lockPath)) {
      const pid = Number(readFileSync(this.lockPath, 'utf8').trim());
      const heldHere = pid === process.pid && openInThisProcess.has(this.dir);
      const heldElsewhere = pid !== process.pid && Number.isInteger(pid) && pid > 0 && processAlive(pid);
      if (heldHere || heldElsewhere) {
        throw new JournalError(`Another Stripe emulator (pid ${pid}) is using ${this.dir}.`);
      }
    }
    writeFileSync(this.lockPath, String(process.pid));
    openInThisProcess.add(this.dir);
  }

  private unlock(): void {
    openInThisProcess.delete(this.dir);
    try {
      if (readFileSync(this.lockPath, 'utf8').trim() === String(process.pid)) unlinkSync(this.lockPath);
    } catch {
      // already gone
    }
  }

  private read(): ReplayResult<Op> {
    if (!existsSync(this.path)) {
      writeFileSync(this.path, '');
      return { ops: [], lineCount: 0, truncatedBytes: 0 };
    }
    const buffer = readFileSync(this.path);
    const ops: Op[][] = [];
    let start = 0;
    let goodEnd = 0;
    let lineNumber = 0;
    while (start < buffer.length) {
      const newline = buffer.indexOf(0x0a, start);
      if (newline === -1) break; // a torn last line (no newline): dropped below
      lineNumber += 1;
      const text = buffer.toString('utf8', start, newline);
      if (text.trim() !== '') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          if (buffer.indexOf(0x0a, newline + 1) === -1 && newline + 1 >= buffer.length) break;
          throw new JournalError(`${this.path}: line ${lineNumber} is not valid JSON; refusing to guess.`);
        }
        if (!Array.isArray(parsed)) throw new JournalError(`${this.path}: line ${lineNumber} is not a list of operations.`);
        ops.push(parsed as Op[]);
      }
      goodEnd = newline + 1;
      start = newline + 1;
    }
    const truncatedBytes = buffer.length - goodEnd;
    if (truncatedBytes > 0) {
      const fd = openSync(this.path, 'r+');
      try {
        ftruncateSync(fd, goodEnd);
      } finally {
        closeSync(fd);
      }
    }
    return { ops, lineCount: ops.length, truncatedBytes };
  }

  /** Appends one committed mutation. */
  append(ops: Op[]): void {
    if (this.fd === null) throw new JournalError('The journal is closed.');
    if (ops.length === 0) return;
    writeSync(this.fd, `${JSON.stringify(ops)}\n`);
  }

  /** Replaces the whole journal with `lines` (compaction), atomically via rename. */
  rewrite(lines: Op[][]): void {
    if (this.fd === null) throw new JournalError('The journal is closed.');
    const temp = `${this.path}.compact`;
    writeFileSync(temp, lines.map((ops) => `${JSON.stringify(ops)}\n`).join(''));
    closeSync(this.fd);
    renameSync(temp, this.path);
    this.fd = openSync(this.path, 'a');
  }

  close(): void {
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
    }
    this.unlock();
  }

  static get formatVersion(): number {
    return FORMAT_VERSION;
  }
}
