import type { SafetySignalKind } from '../classifier/safety-types.ts';
import { matchesOf, negatedAt } from './text.ts';

/**
 * What kind of report a message is when the guard heard nothing (the classifier alone opened the case),
 * in the guard's own kinds so one precedence decides the subtype. Broad on purpose: these words never
 * route a message, they only sort a case that is already open.
 */
const CUES: Array<[SafetySignalKind, RegExp]> = [
  ['self_harm', /(?<![a-z])(?:wants? to die|wanted to die|wants? to kill (?:him|her|them|my)sel(?:f|ves)|suicidal|talking about (?:killing|hurting|ending)|se quiere morir|quiere matarse)(?![a-z])/g],
  ['emergency', /(?<![a-z])(?:passed out|collapsed|unconscious|not breathing|seizing|having a seizure)(?: [a-z']+){0,6}? right now(?![a-z])/g],
  ['adverse_event', /(?<![a-z])(?:pregnant|pregnancy|embarazada|embarazo|breastfeeding|breast-feeding|lactancia|nursing (?:my|a) baby)(?![a-z])/g],
  ['medication_error', /(?<![a-z])(?:wrong (?:drug|medication|medicine|pills?|strength|dose|dosage|patient|name|label|directions|instructions)|(?:someone else'?s|another (?:patient|person)'?s|neighbou?r'?s) (?:pills|medication|medicine|insulin|prescription|name)|double (?:the )?(?:\S+ )?(?:dose|dosis)|by (?:mistake|accident)|sin querer|equivocad[oa]|de otra persona|se tomo (?:como )?\d+|(?:ate|swallowed|got into) (?:some|a few|\d+|my|his|her|the)(?: \S+)? (?:pills|tablets|gummies|medicine|meds))(?![a-z])/g],
  ['product_quality', /(?<![a-z])(?:expired|recall(?:ed)?|fake|counterfeit|smells? (?:like|funny|bad|weird|strange|off)|tastes? (?:funny|bad|weird|strange|different)|cloudy|particles|discolou?red|(?:broken|missing) seal|seal (?:was )?broken|tampered|reus(?:ing|ed)|contaminat\w*|moldy|mold|defective|malfunction\w*|(?:stopped|not|isn'?t|wasn'?t) working|caducad[oa]|vencid[oa]|falsificad[oa]|huele raro)(?![a-z])/g],
  ['privacy_breach', /(?<![a-z])(?:someone else'?s (?:records|information|info|data)|hipaa|(?:records|information|data|diagnosis|medication list) (?:was |were |got )?(?:sent|shared|exposed|leaked|disclosed)|looking up my records|data breach|privacy)(?![a-z])/g],
  ['fraud', /(?<![a-z])(?:never (?:ordered|received|picked up|got)|stole my identity|identity theft|fraud\w*|used my (?:insurance|card|account|identity)|scam)(?![a-z])/g],
  ['legal', /(?<![a-z])(?:lawyer|attorney|lawsuit|sue|suing|legal action|board of pharmacy|formal complaint|report you|abogad[oa]|demanda)(?![a-z])/g],
];

// Self-harm and emergencies are looked for even when the guard heard something else: missing one is the worst error.
const ALWAYS = new Set<SafetySignalKind>(['self_harm', 'emergency']);

export function cueKinds(folded: string, guardHeardSomething: boolean): Set<SafetySignalKind> {
  const kinds = new Set<SafetySignalKind>();
  for (const [kind, re] of CUES) {
    if (guardHeardSomething && !ALWAYS.has(kind)) continue;
    if (matchesOf(re, folded).some((m) => !negatedAt(folded, m.index))) kinds.add(kind);
  }
  return kinds;
}
