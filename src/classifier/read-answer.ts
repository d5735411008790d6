export const EMPTY = new Uint8Array(0);

/**
 * A response's headers as the SDK reads them (get, has, entries and the rest of Headers' read side),
 * over the record undici hands back (names lower-case). Not the built-in Headers: it validates and
 * sorts every header on the way in, and the SDK reads two or three of them. Read-only.
 */
export class AnswerHeaders {
  readonly #raw: Record<string, string | string[] | undefined>;

  constructor(raw: Record<string, string | string[] | undefined>) {
    this.#raw = raw;
  }

  get(name: string): string | null {
    const value = this.#raw[name.toLowerCase()];
    if (value === undefined) return null;
    return typeof value === 'string' ? value : value.join(', ');
  }

  has(name: string): boolean {
    return this.#raw[name.toLowerCase()] !== undefined;
  }

  getSetCookie(): string[] {
    const value = this.#raw['set-cookie'];
    return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
  }

  /** As Headers: names in order, values of a repeated header joined, each set-cookie on its own. */
  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.#raw).sort()) {
      if (this.#raw[name] === undefined) continue;
      if (name === 'set-cookie') for (const cookie of this.getSetCookie()) yield [name, cookie];
      else yield [name, this.get(name)!];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: string, name: string, headers: AnswerHeaders) => void): void {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}
const UTF8 = new TextDecoder();

/**
 * The answer as the SDK reads it: status, headers, and the body (already read whole) as text or
 * JSON, once, like a Response. Not the built-in Response: it wraps the bytes in a WHATWG stream and
 * runs webidl checks on every call (~3% of the LLM path's CPU in scenario c of the bench). It has no
 * body stream, which the SDK takes as a custom response: nothing to cancel.
 */
export class ReadAnswer {
  readonly url = '';
  readonly statusText = '';
  readonly redirected = false;
  readonly type = 'basic';
  readonly body = null;
  bodyUsed = false;
  readonly status: number;
  readonly headers: AnswerHeaders;
  readonly #bytes: Uint8Array;

  constructor(status: number, headers: AnswerHeaders, bytes: Uint8Array) {
    this.status = status;
    this.headers = headers;
    this.#bytes = bytes;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  #take(): Uint8Array {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.bodyUsed = true;
    return this.#bytes;
  }

  async text(): Promise<string> {
    return UTF8.decode(this.#take());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async bytes(): Promise<Uint8Array> {
    return this.#take().slice();
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.bytes()).buffer as ArrayBuffer;
  }

  clone(): ReadAnswer {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    // The headers are read-only: the copy can share them.
    return new ReadAnswer(this.status, this.headers, this.#bytes);
  }
}
