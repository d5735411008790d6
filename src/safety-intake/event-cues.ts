import { matchesOf, negatedAt } from './text.ts';

/**
 * Event words the extractor reads on top of the guard's signals. The guard decides routing and stays
 * strict; once a case is open, a symptom phrase the guard would not fire on alone ("my arm is red and
 * hot", "she keeps getting shocked") still tells the PV team that something happened.
 */
const EVENT_CUES =
  /(?<![a-z])(?:(?:has|have|had|having|got|getting|gets|developed|developing|been having|keeps? (?:getting|having)|started (?:having|getting)|woke up with|broke out in|tiene|tengo|tuvo|tuve|le (?:dio|salio|salieron)|me (?:dio|salio|salieron)) (?:a |an |some |the |una? )?(?:(?:really|very|so|bad|severe|terrible|huge|weird|high|constant|fuerte|mucha?) )?(?:\w+ )?(?:rash|fever|infection|infecton|pain|aches?|bleeding|hives|swelling|reaction|side effects?|symptoms?|headaches?|migraines?|nausea|diarrh?ea|cough|sores?|bruis\w*|fiebre|dolor|infeccion|urticaria|picazon|comezon|ronchas|reaccion|sangrado|mareos?|vomitos?)|(?:is|are|was|were|got|gets|went|turned|been|looks?|feels?|feeling|se puso|esta|estan) (?:\S+ ){0,2}?(?:red and (?:hot|swollen)|swollen|yellow|numb|weak|heavy|drowsy|sleepy|floppy|lethargic|jittery|shaky|sick|mareado|mareada|amarill[oa]|hinchad[oa])|needle broke off in|(?:getting|got|gets|get) shocked|(?:oxygen|sugar|glucose|blood pressure|pulse|heart rate|azucar|presion) (?:level )?(?:dropped|dropping|crashed|spiked|went (?:up|down)|was \d{2,3}|se (?:le |me )?(?:bajo|subio))|acting (?:really |very |so )?(?:weird|strange|different|confused|out of it)|wants? to die|burns? (?:when|wen) (?:i|she|he) pee)(?![a-z])/g;

export function eventCues(folded: string): string[] {
  return matchesOf(EVENT_CUES, folded)
    .filter((m) => !negatedAt(folded, m.index))
    .map((m) => m.text);
}
