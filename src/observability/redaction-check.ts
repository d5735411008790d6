import type { TaggerState } from './redact/name-tagger-artifact.ts';

/** The readiness check of PII redaction (`checks.pii_redaction` of GET /api/v1/ready). */
export type RedactionCheck = {
  status: 'ok' | 'failed';
  name_tagger: TaggerState['state'];
  reason?: string;
};

/**
 * Without the learned name tagger's artifact the redactor still masks with its hand-written finders, but fewer names
 * than the figures promise: the instance says so and is not ready, rather than serving on quietly (a deploy that lost
 * data/names/name-tagger.json is a broken deploy). Nothing is left unredacted meanwhile: every outlet still redacts.
 */
export function redactionCheck(tagger: TaggerState): RedactionCheck {
  if (tagger.state === 'loaded') return { status: 'ok', name_tagger: 'loaded' };
  return {
    status: 'failed',
    name_tagger: tagger.state,
    reason: `the learned name tagger's artifact ${tagger.file} is ${tagger.state} (${tagger.reason}): names are masked by the hand-written rules alone; restore it (git checkout data/names/name-tagger.json, or npm run pii:train-names)`,
  };
}
