import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BREAKER_GAUGE } from '../../compose.ts';
import type { Config } from '../../config.ts';
import type { ClassifyDeps } from './classify-idempotent.ts';
import { registerMailRoute } from './classify-mail.ts';
import { registerVoiceRoute } from './classify-voice.ts';
import { registerConsole } from './console.ts';
import { createTranscriptionFromConfig } from '../../transcription/factory.ts';

export interface ChannelRoutesOptions extends ClassifyDeps {
  config: Config;
  keysConfigured: boolean;
  onRequest?: ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) | undefined;
}

/** The channels as they arrive (raw mail, IVR audio) and the browser console (API.md "Channel routes"). */
export async function registerChannelRoutes(app: FastifyInstance, options: ChannelRoutesOptions) {
  const { config, keysConfigured, ...deps } = options;
  await registerMailRoute(app, { ...deps, maxMessageChars: config.MAX_MESSAGE_CHARS, maxMailBytes: config.MAX_MAIL_BYTES });
  const transcription = createTranscriptionFromConfig(config, {
    logger: app.log,
    onBreakerState: (state) => {
      deps.metrics.breakerState.set({ breaker: 'transcription' }, BREAKER_GAUGE[state]);
      if (state === 'open') deps.metrics.breakerOpens.inc({ breaker: 'transcription' });
      app.log.warn({ breaker: 'transcription', state }, 'circuit breaker state changed');
    },
  });
  app.addHook('onClose', async () => transcription.shutdown());
  await registerVoiceRoute(app, { ...deps, transcription, maxMessageChars: config.MAX_MESSAGE_CHARS, maxAudioBytes: config.MAX_AUDIO_BYTES });
  if (config.CONSOLE === 'on') registerConsole(app, { keysConfigured });
}
