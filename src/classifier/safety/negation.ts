import { firstStartAtOrAfter } from './text.ts';
import type { Span } from './text.ts';

/**
 * Negators: "no side effects", "haven't had any reaction", "denies", "sin efectos", "ningún problema".
 * Phrases that only look negative are excluded: "not sure", "don't know", "can't stop", "no wait".
 */
export const NEGATORS: readonly RegExp[] = [
  /no(?!,| (?:one|doubt|idea|matter|clue|way|wonder|sooner|wait|i mean|se (?:si|por|que|cual|como|cuanto)|lo se|me acuerdo)(?![a-z]))/,
  /not(?! (?:sure|only|just|certain|until|till|a big deal|even|kidding|joking|yet)(?![a-z]))/,
  /(?:do|did|does|have|has|had|is|was|are|were|wo|ca|could|should|would|ai)n'?t(?! (?:know|remember|think|stop|care|understand|mean|wanna|want to make)(?![a-z]))/,
  /never|none|nothing|without|nor|neither|denie[sd]|deny|denying|free of|negative for|zero|nope/,
  /sin(?! embargo)|ningun[oa]?|nunca|ni|tampoco|jamas|nada de|pas|aucune?|sans|nao|nenhum[a]?|sem|khong|没有/,
];

/** Words that end a negation's reach: contrast, a new subject, time anchors. */
const STOPPER =
  /(?<![a-z])(?:but|pero|however|although|though|except|other than|other then|besides|apart from|aside from|save for|aparte de|salvo|yet|still|now|since|after|because|until|till|then|anymore|aunque|excepto|sino|ahora|desde|despues|mais|my|his|her|their|our|i|i'm|im|i've|ive|he|she|they|he's|she's|it's|this|these|mi|mis|su|sus|today|yesterday|ayer|hoy|this morning|tho|though|just)(?![a-z])|[.!?;\n]/;

/** How many words may sit between a negator and the term it negates ("no rash, swelling or hives"). */
export const SYMPTOM_NEGATION_REACH = 5;

// Words that do not count towards the reach: "not that kind of overdose", "no real reaction".
const FILLER = new Set(['a', 'an', 'the', 'any', 'that', 'kind', 'sort', 'type', 'of', 'such', 'real', 'single']);

/** True when the nearest negator before the term reaches it; negators inside the term do not count. */
export function isNegated(folded: string, negators: readonly Span[], term: Span, reach: number, original: (span: Span) => string): boolean {
  let nearest: Span | undefined;
  // Stryker disable next-line UpdateOperator,ArithmeticOperator: equivalent, negators at or after the term start are skipped below
  for (let i = firstStartAtOrAfter(negators, term.start) - 1; i >= 0 && nearest === undefined; i--) {
    const n = negators[i];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, n is defined in range and no negator (whole words) overlaps a term
    if (n !== undefined && n.end <= term.start) nearest = n;
  }
  if (nearest === undefined) return false;
  const between = folded.slice(nearest.end, term.start);
  if (STOPPER.test(between)) return false;
  // Folding drops commas: the message's own text between the two tells whether a comma stands there.
  if (original({ start: nearest.end, end: term.start }).includes(',') && !isListedWithConjunction(folded, between, term)) return false;
  // Stryker disable next-line Regex: equivalent, splitting on single separators only adds empty words, filtered out
  const words = between.split(/[\s,/]+/).filter((w) => w.length > 0 && !FILLER.has(w));
  return words.length <= reach;
}

/** A conjunction that makes comma-separated words one negated list: "no rash, swelling or hives". */
const LIST_CONJUNCTION = /(?<![a-z])(?:or|nor|and|o|y|ni|ou|et|nem)(?![a-z])/;

/**
 * A negation reaches past a comma only into a list that a conjunction closes ("no rash, swelling or
 * hives", "no nausea, dizziness, or headache"); without one the comma starts a new statement, so
 * "No fever, hives all over after the amoxicillin" still reports the hives.
 */
function isListedWithConjunction(folded: string, between: string, term: Span): boolean {
  const after = folded.slice(term.end, term.end + 40);
  const stop = after.search(STOPPER);
  return LIST_CONJUNCTION.test(between) || LIST_CONJUNCTION.test(stop < 0 ? after : after.slice(0, stop));
}

/** "side effects: none", "reactions - no": a negative answer right after the term. */
const NEGATIVE_ANSWER_AFTER = /^\s?[:=-]\s?(?:none|no|nope|nada|ninguno|ninguna|negative|n\/a|denied|denies)(?![a-z])/;

export function isAnsweredNo(folded: string, term: Span): boolean {
  return NEGATIVE_ANSWER_AFTER.test(folded.slice(term.end, term.end + 16));
}
