// Reading an input without ever hanging or reading more than needed: a file is looked at (stat) before it is
// opened, only a regular file is read, and never past the byte limit; standard input is read as a stream with the
// same cap and the input's time budget. Every refusal is an InputError with a message for a person.
import fs from 'node:fs';

export class InputError extends Error {}

export interface ReadLimits {
  /** Most bytes read; a larger input is refused before (file) or while (stream) it is read. */
  maxBytes: number;
  /** How long standard input may take to end. */
  timeoutMs: number;
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const tooLarge = (size: number | null, limits: ReadLimits) =>
  new InputError(`too large (${size === null ? 'over ' : ''}${mb(size ?? limits.maxBytes)}; the limit is ${mb(limits.maxBytes)})`);

function kindOf(st: fs.Stats): string | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return 'a folder, not a file';
  if (st.isFIFO()) return 'a named pipe, not a file (not read, so that it cannot hang the batch; pipe it into standard input with - instead)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device, not a file';
  if (st.isSocket()) return 'a socket, not a file';
  return 'not a regular file';
}

const MESSAGES: Record<string, string> = {
  ENOENT: 'no such file', ENOTDIR: 'no such file (a part of its path is not a folder)', EACCES: 'permission denied',
  EPERM: 'permission denied', ELOOP: 'too many symbolic links', ENAMETOOLONG: 'file name too long', EISDIR: 'a folder, not a file',
};

export function systemMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return (err.code && MESSAGES[err.code]) || `cannot read it (${err.code ?? err.message})`;
}

/** The bytes of a regular file, checked before reading: what it is (stat, then fstat of what was opened) and its size. */
export function readFileCapped(file: string, limits: ReadLimits): Uint8Array {
  let fd: number | undefined;
  try {
    const kind = kindOf(fs.statSync(file));
    if (kind) throw new InputError(kind);
    // Non-blocking, so that a file swapped for a pipe after the stat still cannot block the open.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const st = fs.fstatSync(fd);
    const again = kindOf(st);
    if (again) throw new InputError(again);
    if (st.size > limits.maxBytes) throw tooLarge(st.size, limits);
    const buf = Buffer.allocUnsafe(Math.min(st.size + 1, limits.maxBytes + 1));
    let n = 0;
    for (let got = 1; got > 0 && n < buf.length; n += got) got = fs.readSync(fd, buf, n, buf.length - n, null);
    if (n > limits.maxBytes) throw tooLarge(null, limits); // the file grew while it was read
    return new Uint8Array(buf.buffer, buf.byteOffset, n);
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(systemMessage(e));
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Standard input, up to the byte limit and within the time budget. */
export function readStdinCapped(limits: ReadLimits, stdin: NodeJS.ReadStream = process.stdin): Promise<Uint8Array> {
  if (stdin.isTTY) return Promise.reject(new InputError('standard input is a terminal: pipe a page into it (clearpage analyze - < page.html) or give a file'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (err: Error | null) => {
      clearTimeout(timer);
      stdin.off('data', onData).off('end', onEnd).off('error', onError);
      stdin.destroy(); // read once only (the command line allows one -); an open pipe must not keep the process up
      if (err) reject(err); else resolve(new Uint8Array(Buffer.concat(chunks, size)));
    };
    const onData = (c: Buffer) => { size += c.length; if (size > limits.maxBytes) done(tooLarge(null, limits)); else chunks.push(c); };
    const onEnd = () => done(null);
    const onError = (e: Error) => done(new InputError(systemMessage(e)));
    const timer = setTimeout(() => done(new InputError(`standard input did not end within ${limits.timeoutMs} ms`)), limits.timeoutMs);
    stdin.on('data', onData).on('end', onEnd).on('error', onError);
  });
}
