import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when espeak-ng (Debian package espeak-ng) can be run. */
export function hasEspeak(): boolean {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Real speech for the voice route: espeak-ng says `text` into a WAV file. Under CI=true a missing
 * espeak-ng is a failure (.ci/run installs it), never a skipped test.
 */
export function speak(text: string): Buffer {
  if (!hasEspeak()) throw new Error('espeak-ng is not installed (apt-get install -y espeak-ng); the voice tests need real audio');
  const file = join(mkdtempSync(join(tmpdir(), 'careroute-voice-')), 'speech.wav');
  execFileSync('espeak-ng', ['-v', 'en-us', '-s', '150', '-w', file, text]);
  return readFileSync(file);
}

/** Skip only outside CI: a developer without espeak-ng still runs the rest of the suite. */
export const skipWithoutEspeak = !hasEspeak() && process.env.CI !== 'true';

/** A multipart/form-data body with fields and one file part, as a browser or an IVR would send it. */
export function formData(fields: Record<string, string>, file?: { name: string; filename: string; type: string; data: Buffer }) {
  const boundary = `----careroute${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    parts.push(file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
