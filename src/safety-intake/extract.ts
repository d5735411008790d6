import type { SafetyScan } from '../classifier/safety-types.ts';
import { eventCues } from './event-cues.ts';
import { extractPeople } from './people.ts';
import { extractProduct } from './product.ts';
import { extractSeriousness, seriousnessTerms } from './seriousness.ts';
import { intentionalOverdose, signalKinds, subtypeOf, type SignalKinds } from './subtype.ts';
import { foldForFacts, listValue } from './text.ts';
import { criteriaMet, type CaseFacts, type ElementFact } from './types.ts';

const EVENT_KINDS = new Set(['adverse_event', 'emergency', 'self_harm']);
const MAX_EVENT_TERMS = 4;

/**
 * The adverse event: what the guard heard somebody having (symptoms, an emergency, self-harm; a
 * symptom suppressed only because no medicine was named still happened), the seriousness words
 * ("passed away", "admitted"), a deliberate overdose and the extractor's own event cues.
 * An error or a defect alone is no event.
 */
function extractEvent(folded: string, scan: SafetyScan, kinds: SignalKinds): ElementFact {
  const heard = scan.signals.filter((s) => EVENT_KINDS.has(s.kind)).map((s) => s.term);
  const unmedicated = scan.suppressed.filter((s) => s.kind === 'adverse_event' && s.reason === 'no_medication').map((s) => s.term);
  const serious = seriousnessTerms(folded);
  const overdose = intentionalOverdose(folded, kinds) ? ['intentional overdose'] : [];
  const value = listValue([...heard, ...unmedicated, ...overdose, ...serious, ...eventCues(folded)].map((t) => t.toLowerCase().replace(/\s+/g, ' ')), MAX_EVENT_TERMS);
  return value === null ? { present: false, value: null } : { present: true, value };
}

/**
 * Case facts of the local path, from the normalised text and the guard's scan. Pure and fast: a few
 * linear regex passes over at most MAX_EXTRACT_CHARS characters. Values name roles, products and
 * symptoms, never people (they may still carry what the customer typed, so the case redacts them).
 */
export function extractCaseFacts(text: string, scan: SafetyScan): CaseFacts {
  const folded = foldForFacts(text);
  const { patient, reporter } = extractPeople(folded);
  const kinds = signalKinds(scan, folded);
  const adverseEvent = extractEvent(folded, scan, kinds);
  const seriousness = extractSeriousness(folded, kinds);
  const eventPresent = adverseEvent.present || criteriaMet(seriousness).length > 0;
  return {
    patient,
    reporter,
    suspect_product: extractProduct(folded),
    adverse_event: adverseEvent,
    seriousness,
    subtype: subtypeOf(kinds, folded, eventPresent),
  };
}
