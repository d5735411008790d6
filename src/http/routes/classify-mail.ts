import type { FastifyInstance } from 'fastify';
import { AppError, invalidRequest } from '../../errors.ts';
import { redactPii } from '../../observability/redact.ts';
import { normaliseMessage } from '../../triage/normalise.ts';
import { parseMail, type ParsedMail } from '../channels/mail.ts';
import { createChannelQuerySchema, refuseOtherMediaTypes } from '../channels/channel-input.ts';
import { validationError } from '../validation.ts';
import { classifyIdempotently, type ClassifyDeps } from './classify-idempotent.ts';

export interface MailRouteOptions extends ClassifyDeps {
  maxMessageChars: number;
  maxMailBytes: number;
}

const MEDIA_TYPE = 'message/rfc822';

/** Subject and body as one message: the subject often says what the mail is about ("Refill request"). */
function messageOf(mail: ParsedMail): string {
  return mail.subject ? `${mail.subject}\n\n${mail.body}` : mail.body;
}

/**
 * POST /api/v1/classify/mail: the mail as received (message/rfc822), parsed, then the same triage as
 * /api/v1/classify with channel `mail`. The Message-ID is the default message_id, so a mail delivered
 * twice is classified once.
 */
export async function registerMailRoute(app: FastifyInstance, options: MailRouteOptions) {
  const query = createChannelQuerySchema(options.maxMessageChars);
  await app.register(async (scope) => {
    refuseOtherMediaTypes(scope, MEDIA_TYPE);
    scope.addContentTypeParser(MEDIA_TYPE, { parseAs: 'buffer', bodyLimit: options.maxMailBytes }, (_request, body, done) => done(null, body));
    scope.post('/api/v1/classify/mail', async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type', `Content-Type must be ${MEDIA_TYPE} (the mail as received)`);
      const params = query.safeParse(request.query ?? {});
      if (!params.success) throw validationError(params.error);
      const mail = await parseMail(request.body);
      const message = messageOf(mail);
      const chars = [...normaliseMessage(message, 'mail')].length;
      if (chars > options.maxMessageChars) {
        throw invalidRequest(`mail: the text without quoted history is ${chars} characters; at most ${options.maxMessageChars} can be classified (MAX_MESSAGE_CHARS)`);
      }
      const extra = {
        mail: { message_id: mail.messageId ?? null, subject: redactPii(mail.subject), attachments: mail.attachments },
      };
      return classifyIdempotently(options, request, reply, {
        channel: 'mail',
        message_id: params.data.message_id,
        default_message_id: mail.messageId,
        customer_id: params.data.customer_id,
        locale: params.data.locale,
        fingerprint: ['mail', message, params.data.customer_id],
        prepare: async () => ({ message, reporter_contact: mail.from, extra }),
      });
    });
  });
}
