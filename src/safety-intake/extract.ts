import type { SafetyScan } from '../classifier/safety-types.ts';
import { eventCues } from './event-cues.ts';
import { extractPeople } from './people.ts';
import { extractProduct } from './product.ts';
import { readSeriousness } from './seriousness.ts';
import { intentionalOverdose, signalKinds, subtypeOf } from './subtype.ts';
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
function extractEvent(folded: string, scan: SafetyScan, intentional: boolean, serious: readonly string[]): ElementFact {
  const heard = scan.signals.filter((s) => EVENT_KINDS.has(s.kind)).map((s) => s.term);
  const unmedicated = scan.suppressed.filter((s) => s.kind === 'adverse_event' && s.reason === 'no_medication').map((s) => s.term);
  const overdose = intentional ? ['intentional overdose'] : [];
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
  // The deliberate-overdose pattern is tested once and read by both the event and the subtype.
  const intentional = intentionalOverdose(folded, kinds);
  const { flags: seriousness, terms } = readSeriousness(folded, kinds);
  const adverseEvent = extractEvent(folded, scan, intentional, terms);
  const eventPresent = adverseEvent.present || criteriaMet(seriousness).length > 0;
  return {
    patient,
    reporter,
    suspect_product: extractProduct(folded),
    adverse_event: adverseEvent,
    seriousness,
    subtype: subtypeOf(kinds, folded, eventPresent, intentional),
  };
}

/**
 * Only what the intake reads of the heuristics when the LLM's facts win: the seriousness criteria
 * (their union with the LLM's) and, when the LLM said 'none', the subtype. The same values as
 * extractCaseFacts gives, without the people, product and (when the subtype is not needed) event passes.
 */
export function extractSeriousnessFacts(text: string, scan: SafetyScan, needSubtype: boolean): Pick<CaseFacts, 'seriousness'> & { subtype?: CaseFacts['subtype'] } {
  const folded = foldForFacts(text);
  const kinds = signalKinds(scan, folded);
  const { flags: seriousness, terms } = readSeriousness(folded, kinds);
  if (!needSubtype) return { seriousness };
  const intentional = intentionalOverdose(folded, kinds);
  const eventPresent = criteriaMet(seriousness).length > 0 || extractEvent(folded, scan, intentional, terms).present;
  return { seriousness, subtype: subtypeOf(kinds, folded, eventPresent, intentional) };
}
