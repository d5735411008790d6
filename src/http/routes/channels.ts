import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { BREAKER_GAUGE } from '../../compose.ts';
import type { Config } from '../../config.ts';
import type { ClassifyDeps } from './classify-idempotent.ts';
import { registerMailRoute } from './classify-mail.ts';
import { registerVoiceRoute } from './classify-voice.ts';
import { registerConsole } from './console.ts';
import { createTranscriptionFromConfig } from '../../transcription/factory.ts';
import type { Transcription } from '../../transcription/transcription.ts';
import type { Metrics } from '../../observability/metrics.ts';

export interface ChannelRoutesOptions extends ClassifyDeps {
  config: Config;
  transcription: Transcription;
  keysConfigured: boolean;
}

/** The transcription behind the voice route, its breaker counted in the metrics of the classification breaker. */
export function createChannelTranscription(config: Config, deps: { metrics: Metrics; log: FastifyBaseLogger }): Transcription {
  return createTranscriptionFromConfig(config, {
    logger: deps.log,
    onBreakerState: (state) => {
      deps.metrics.breakerState.set({ breaker: 'transcription' }, BREAKER_GAUGE[state]);
      if (state === 'open') deps.metrics.breakerOpens.inc({ breaker: 'transcription' });
      deps.log.warn({ breaker: 'transcription', state }, 'circuit breaker state changed');
    },
  });
}

/** For /api/v1/ready: an open transcription breaker degrades the voice route only; the service stays ready. */
export function transcriptionCheck(config: Config, transcription: Transcription) {
  if (!transcription.available) return { status: 'unavailable', provider: null };
  const breaker = transcription.breakerState();
  return { status: breaker === 'open' ? 'degraded' : 'ok', provider: 'openai', model: config.OPENAI_TRANSCRIBE_MODEL, breaker };
}

/** The channels as they arrive (raw mail, IVR audio) and the browser console (API.md "Channel routes"). */
export async function registerChannelRoutes(app: FastifyInstance, options: ChannelRoutesOptions) {
  const { config, keysConfigured, transcription, ...deps } = options;
  await registerMailRoute(app, { ...deps, maxMessageChars: config.MAX_MESSAGE_CHARS, maxMailBytes: config.MAX_MAIL_BYTES });
  app.addHook('onClose', async () => transcription.shutdown());
  await registerVoiceRoute(app, { ...deps, transcription, maxMessageChars: config.MAX_MESSAGE_CHARS, maxAudioBytes: config.MAX_AUDIO_BYTES });
  if (config.CONSOLE === 'on') registerConsole(app, { keysConfigured });
}
