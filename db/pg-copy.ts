import { finished } from 'node:stream/promises';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';

/**
 * PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html),
 * written into one growing buffer: the bulk import sends its rows this way, which spares
 * the server parsing array parameters and text literals (tsvectors above all).
 */

const HEADER = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
/** 2000-01-01, PostgreSQL's epoch, in Unix milliseconds */
const PG_EPOCH_MS = 946_684_800_000;
const TWO_32 = 4_294_967_296;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 2000-01-01 of a YYYY-MM-DD date, or null if it is not one (a calendar date in that form). */
export function isoDays(s: string): number | null {
  const m = ISO_DAY.exec(s);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2023-02-30 over into March: such a date is not one
  if (Number(m[1]) < 1000 || new Date(ms).toISOString().slice(0, 10) !== s) return null;
  return (ms - PG_EPOCH_MS) / 86_400_000;
}

export class CopyWriter {
  buf: Buffer;
  at = 0;

  constructor(size = 1 << 16) {
    this.buf = Buffer.allocUnsafe(size);
    this.bytes(HEADER);
  }

  ensure(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
  }
  bytes(b: Buffer): void {
    this.ensure(b.length);
    b.copy(this.buf, this.at);
    this.at += b.length;
  }
  int16(v: number): void {
    this.ensure(2);
    this.buf.writeInt16BE(v, this.at);
    this.at += 2;
  }
  int32(v: number): void {
    this.ensure(4);
    this.buf.writeInt32BE(v, this.at);
    this.at += 4;
  }
  /** a row of `fields` columns */
  row(fields: number): void {
    this.int16(fields);
  }
  null(): void {
    this.int32(-1);
  }
  /** an int4 column */
  int(v: number): void {
    this.int32(4);
    this.int32(v);
  }
  /** a text column (UTF-8), or NULL */
  text(s: string | null): void {
    if (s === null) {
      this.null();
      return;
    }
    this.ensure(4 + s.length * 3);
    const n = this.buf.write(s, this.at + 4, 'utf8');
    this.buf.writeInt32BE(n, this.at);
    this.at += 4 + n;
  }
  /** a jsonb column: format version 1, then the JSON text */
  jsonb(json: string | null): void {
    if (json === null) {
      this.null();
      return;
    }
    this.ensure(5 + json.length * 3);
    const n = this.buf.write(json, this.at + 5, 'utf8');
    this.buf.writeInt32BE(n + 1, this.at);
    this.buf[this.at + 4] = 1;
    this.at += 5 + n;
  }
  /** a bool column */
  bool(v: boolean): void {
    this.ensure(5);
    this.buf.writeInt32BE(1, this.at);
    this.buf[this.at + 4] = v ? 1 : 0;
    this.at += 5;
  }
  /** a date column from days since 2000-01-01, or NULL */
  date(days: number | null): void {
    if (days === null) {
      this.null();
      return;
    }
    this.int32(4);
    this.int32(days);
  }
  /** a timestamptz column: microseconds since 2000-01-01 UTC */
  timestamptz(d: Date): void {
    const us = (d.getTime() - PG_EPOCH_MS) * 1000;
    const hi = Math.floor(us / TWO_32);
    this.ensure(12);
    this.buf.writeInt32BE(8, this.at);
    this.buf.writeInt32BE(hi, this.at + 4);
    this.buf.writeUInt32BE(us - hi * TWO_32, this.at + 8);
    this.at += 12;
  }
  /** Starts a column of unknown length; end it with endField(its return value). */
  startField(): number {
    this.ensure(4);
    this.at += 4;
    return this.at;
  }
  endField(start: number): void {
    this.buf.writeInt32BE(this.at - start, start - 4);
  }
  /** The data written since `from` (or all of it), the file trailer added when `last`. */
  take(from = 0, last = true): Buffer {
    if (last) this.int16(-1);
    return this.buf.subarray(from, this.at);
  }
}

/**
 * Runs `COPY <target> FROM STDIN (FORMAT binary)` on `client` with the data `parts` yields
 * (each written as soon as it is made, while the server reads the earlier ones); resolves
 * to the number of rows copied. pg queues statements: a COPY may be started before the
 * one ahead of it on the connection ends.
 */
export async function copyIn(client: pg.PoolClient | pg.Client, target: string, parts: Iterable<Buffer> | AsyncIterable<Buffer>): Promise<number> {
  const stream = client.query(copyStreams.from(`COPY ${target} FROM STDIN (FORMAT binary)`));
  const done = finished(stream);
  // an error of the server's surfaces at `await done`, not as an unhandled rejection meanwhile
  done.catch(() => {});
  try {
    for await (const p of parts) stream.write(p);
    stream.end();
  } catch (e) {
    stream.destroy(e as Error);
  }
  await done;
  return stream.rowCount;
}
