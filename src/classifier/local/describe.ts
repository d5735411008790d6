import type { Category, Priority } from '../../domain.ts';

/**
 * The parts of a local answer that are rules rather than learnt: urgency and a one-line summary.
 * Emergency wording raises urgency because the queue behind safety_compliance sorts on it.
 */
const BASE_URGENCY: Record<Category, Priority> = {
  safety_compliance: 'high',
  service_action: 'medium',
  informational: 'low',
};

// An emergency in progress or a life at risk; English and Spanish, folded the way chats type them.
const EMERGENCY = [
  /\b(can'?t|cannot|cant|unable to|hard to|trouble) breath(e|ing)\b/i,
  /\bnot breathing\b|\bstopped breathing\b|\bchest pain\b|\bunconscious\b|\bpassed out\b|\bunresponsive\b/i,
  /\bseizure|\banaphyla|\bthroat (is )?(closing|swelling|swollen)\b|\bswollen throat\b/i,
  /\b(overdos(e|ed|ing)|od'?d)\b|\b(took|swallowed|ate) (the )?(whole|entire) (bottle|pack)/i,
  /\bsuicid|\bkill (myself|himself|herself)\b|\bend (my|it all)\b|\bwant to die\b|\bdon'?t want to (live|be here)\b/i,
  /\b(911|999|112)\b|\bemergency room\b|\bambulance\b/i,
  /\bno puedo respirar\b|\bdolor (en el|de) pecho\b|\bemergencia\b|\bsobredosis\b|\bquiero morir\b|\bsuicid/i,
];

export function isEmergency(text: string): boolean {
  return EMERGENCY.some((re) => re.test(text));
}

/** Informational questions about emergencies ("what do I do in an overdose?") stay low: nobody is hurt. */
export function urgencyFor(category: Category, text: string): Priority {
  if (category !== 'informational' && isEmergency(text)) return 'urgent';
  return BASE_URGENCY[category];
}

const MAX_SUMMARY = 160;

const GREETING = /^(hi|hello|hey|dear|good (morning|afternoon|evening)|hola|buen[oa]s|bonjour|estimad[oa]s?|to whom|greetings)\b[^.!?]{0,40}[,:!]?$/i;
// A mail's own header lines ("Subject: ...") run into the first sentence once lines are joined.
const HEADER = /^(subject|asunto|objet|from|to|cc|date|sent)\s*:/i;
// Sentences that are courtesy, not content: the summary is what the customer wants or reports.
const PLEASANTRY = [
  /^(i )?(hope|trust) (this|you|all|that|your|everything|everyone)\b/i,
  /^(thanks|thank you)( so much| very much)? (for|in advance)\b[^?]*$/i,
  /^(sorry to bother you|greetings|good (morning|afternoon|evening))\b[^?]{0,30}[.!]?$/i,
  /^my name is [^,.!?]{1,40}[.!]?$/i,
  /^(espero que|gracias (por|de antemano))\b/i,
];

// A sentence: its first character, then up to a run of stops before a space or the end. A run is tried
// from its first stop only (past the sentence's first character): tried from each of its stops, a
// 5,000-stop run cost quadratic time, and a later stop of a run ends a sentence only where its first does.
const sentencesOf = (text: string) => (text.match(/.(?:[.!?。！？]+(?=\s|$)|$|.*?(?:(?<![.!?。！？])[.!?。！？]+(?=\s|$)|$))/gsu) ?? []).map((s) => s.trim()).filter(Boolean);

/**
 * The first sentence that says something (greetings, header lines and courtesies skipped), at most
 * 160 characters, cut on a word boundary.
 */
export function summarise(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  // A mail's "Subject: ..." and "Hello team," lines say nothing about the request.
  while (lines.length > 1 && (GREETING.test(lines[0]!) || HEADER.test(lines[0]!))) lines.shift();
  const flat = lines.join(' ').replace(/\s+/g, ' ');
  const sentences = sentencesOf(flat);
  const sentence = sentences.find((s) => !PLEASANTRY.some((re) => re.test(s))) ?? sentences[0] ?? flat;
  if (sentence.length <= MAX_SUMMARY) return sentence;
  const cut = sentence.slice(0, MAX_SUMMARY - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_SUMMARY / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
