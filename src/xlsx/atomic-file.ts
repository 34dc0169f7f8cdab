/**
 * Writes a file all or nothing: the bytes go to a temporary file in the target's folder, are flushed to disk,
 * then renamed over the target. On any error the temporary file is removed and an earlier target stays intact;
 * two writers racing leave one whole file, never a mix.
 */
import * as fs from "fs";
import * as path from "path";
import { randomBytes } from "crypto";

export interface AtomicWriteHooks {
  /** Writes a chunk to the open file; a test seam for failures (full disk, size limit) at a chosen point. */
  writeChunk?: (fd: number, chunk: Uint8Array) => void;
}

const CHUNK = 1 << 20;

export function writeFileAtomic(target: string, bytes: Uint8Array, hooks: AtomicWriteHooks = {}): void {
  const existing = statOrNull(target);
  // A folder cannot be replaced by a file: say so before doing any work.
  if (existing?.isDirectory()) throw Object.assign(new Error(`${target} is a directory`), { code: "EISDIR" });
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const writeChunk = hooks.writeChunk ?? writeFully;
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, "wx", existing ? existing.mode & 0o777 : 0o666);
    for (let at = 0; at < bytes.length; at += CHUNK) writeChunk(fd, bytes.subarray(at, at + CHUNK));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, target);
  } catch (e) {
    if (fd !== null) ignore(() => fs.closeSync(fd!));
    ignore(() => fs.unlinkSync(temp));
    throw e;
  }
  // The rename itself reaches the disk with the folder's entry; not every system lets a folder be flushed.
  ignore(() => {
    const d = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(d);
    } finally {
      fs.closeSync(d);
    }
  });
}

function writeFully(fd: number, chunk: Uint8Array): void {
  for (let done = 0; done < chunk.length; ) done += fs.writeSync(fd, chunk, done, chunk.length - done);
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function ignore(work: () => void): void {
  try {
    work();
  } catch {
    // Cleaning up after a failure must not hide the failure.
  }
}
