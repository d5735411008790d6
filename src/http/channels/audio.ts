/** The audio formats the voice route takes (API.md), told apart by their first bytes, not by a client's label. */
export const AUDIO_FORMATS = ['wav', 'mp3', 'm4a', 'ogg', 'webm', 'flac'] as const;
export type AudioFormat = (typeof AUDIO_FORMATS)[number];

export const AUDIO_MEDIA_TYPES: Record<AudioFormat, string> = {
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  webm: 'audio/webm',
  flac: 'audio/flac',
};

const ascii = (data: Buffer, at: number, text: string) => data.subarray(at, at + text.length).toString('latin1') === text;

/**
 * The container by its signature: RIFF/WAVE, an ID3 tag or MPEG frame sync, an ISO-BMFF `ftyp` box,
 * OggS, the EBML magic of WebM/Matroska, fLaC. Undefined for anything else.
 */
export function detectAudioFormat(data: Buffer): AudioFormat | undefined {
  if (data.length < 12) return undefined;
  if (ascii(data, 0, 'RIFF') && ascii(data, 8, 'WAVE')) return 'wav';
  if (ascii(data, 0, 'fLaC')) return 'flac';
  if (ascii(data, 0, 'OggS')) return 'ogg';
  if (data[0] === 0x1a && data[1] === 0x45 && data[2] === 0xdf && data[3] === 0xa3) return 'webm';
  if (ascii(data, 4, 'ftyp')) return 'm4a';
  if (ascii(data, 0, 'ID3') || (data[0] === 0xff && (data[1]! & 0xe0) === 0xe0)) return 'mp3';
  return undefined;
}
