import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import type { ClassifyDeps } from './classify-idempotent.ts';
import { registerMailRoute } from './classify-mail.ts';

export interface ChannelRoutesOptions extends ClassifyDeps {
  config: Config;
  onRequest?: ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) | undefined;
}

/** The channels as they arrive (raw mail, IVR audio) and the browser console (API.md "Channel routes"). */
export async function registerChannelRoutes(app: FastifyInstance, options: ChannelRoutesOptions) {
  const { config, ...deps } = options;
  await registerMailRoute(app, { ...deps, maxMessageChars: config.MAX_MESSAGE_CHARS, maxMailBytes: config.MAX_MAIL_BYTES });
}
