/**
 * Zip files the app writes and reads back whole: the diagnostics pack
 * (issue 20.4) and the backup (issue 20.2). Entries carry the time of the
 * one injected clock, never the wall clock, so the same input gives the
 * same bytes. Reading refuses what is not a zip (a truncated file has no
 * central directory) with a ZipReadError saying why.
 */
import JSZip from 'jszip';

export interface ZipEntry {
  /** Path inside the zip, '/'-separated. */
  path: string;
  data: Uint8Array | string;
}

export class ZipReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ZipReadError';
  }
}

export async function packZip(entries: readonly ZipEntry[], date: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const entry of entries) zip.file(entry.path, entry.data, { date });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Every file of the zip (folders left out) by path. */
export async function readZip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new ZipReadError(`not a readable zip file (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const out = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    try {
      out.set(file.name, await file.async('uint8array'));
    } catch (error) {
      throw new ZipReadError(`${file.name} in the zip is damaged (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
  }
  return out;
}
