import { createHash } from 'node:crypto';
import { MailParser, type AddressObject, type AttachmentStream, type MessageText } from 'mailparser';
import { invalidRequest } from '../../errors.ts';

/** What careroute takes from a raw mail: the words, the id, and what was attached (never its content). */
export interface ParsedMail {
  /** Subject with reply/forward prefixes removed, or '' when there is none. */
  subject: string;
  /** Plain-text body (HTML converted to text when there is no text part). */
  body: string;
  /** Message-ID without angle brackets; hashed when longer than an id may be. */
  messageId: string | undefined;
  /** The sender's address: for the compliance case's reporter contact only, never a log or a response. */
  from: string | undefined;
  attachments: Array<{ filename: string | null; content_type: string; size: number }>;
}

const MAX_ID_CHARS = 128;
// "Re:", "Fwd:", "AW:", "TR:", "RV:" … repeated, as mail clients stack them.
// One \s* on each side of the optional "[2]" (not two in a row), so a run of blanks costs one pass, not its square.
const SUBJECT_PREFIX = /^\s*(?:(?:re|fwd?|aw|wg|tr|rv|sv|vs)\s*(?:\[\d+\]\s*)?:\s*)+/i;

function messageIdOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value.trim().replace(/^<|>$/g, '').trim();
  if (id === '') return undefined;
  // A Message-ID has no length limit in RFC 5322; an idempotency key does: keep it stable, not cut.
  return id.length <= MAX_ID_CHARS ? id : `sha256:${createHash('sha256').update(id).digest('hex')}`;
}

function senderOf(value: unknown): string | undefined {
  const address = (value as AddressObject | undefined)?.value?.[0]?.address;
  return typeof address === 'string' && address.includes('@') ? address : undefined;
}

/**
 * Parses a message/rfc822 body with mailparser's streaming parser. Attachments are drained and
 * counted, never buffered or looked into. Throws a 400 naming the problem for what cannot be
 * classified: no header block, no text part, an empty body.
 * @see https://nodemailer.com/extras/mailparser/
 */
export async function parseMail(raw: Buffer): Promise<ParsedMail> {
  const parser = new MailParser({ skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  let headers: Map<string, unknown> = new Map();
  let text: MessageText | undefined;
  const attachments: ParsedMail['attachments'] = [];
  const done = new Promise<void>((resolve, reject) => {
    parser.on('headers', (h: Map<string, unknown>) => (headers = h));
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'text') {
        text = data;
        return;
      }
      const entry = { filename: data.filename ?? null, content_type: data.contentType, size: 0 };
      attachments.push(entry);
      data.content.on('data', (chunk: Buffer) => (entry.size += chunk.length));
      data.content.on('end', () => data.release?.());
    });
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  parser.end(raw);
  try {
    await done;
  } catch (error) {
    throw Object.assign(invalidRequest(`mail: is not a readable MIME message (${(error as Error).message})`), { cause: error });
  }
  if (headers.size === 0) throw invalidRequest('mail: is not a MIME message: no header block (expected e.g. "From:", "Subject:" before a blank line)');
  if (!text || (typeof text.text !== 'string' && typeof text.html !== 'string')) {
    throw invalidRequest(`mail: has no text part to classify (${attachments.length} attachment(s), no text/plain or text/html body)`);
  }
  const body = (text.text ?? '').trim();
  if (body === '') throw invalidRequest('mail: the body is empty');
  const subject = typeof headers.get('subject') === 'string' ? (headers.get('subject') as string).replace(SUBJECT_PREFIX, '').trim() : '';
  return { subject, body, messageId: messageIdOf(headers.get('message-id')), from: senderOf(headers.get('from')), attachments };
}
