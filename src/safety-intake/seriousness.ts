import type { SignalKinds } from './subtype.ts';
import { matchesOf, negatedAt } from './text.ts';
import { noSeriousness, type SeriousnessCriterion, type SeriousnessFlags } from './types.ts';

/**
 * Seriousness criteria from the words of the report, each written for folded text and checked for
 * negation ("didn't have to go to the ER") and hypotheticals ("if she ends up in hospital").
 * An ER visit counts as hospitalisation here: conservative, the PV assessor may downgrade it, while a
 * missed serious criterion would cost a late 15-day report.
 * @see ICH E2A, II.B "Serious adverse event or adverse drug reaction"
 */
// Life-threatening words the guard also hears as an emergency (anaphylaxis, breathing) are tested on the
// words alone (test/safety-intake/seriousness-words.test.ts): the criterion must not depend on the guard's lexicon.
const PATTERNS: Record<SeriousnessCriterion, RegExp> = {
  death:
    /(?<![a-z])(?:died|dies|passed away|passed on|has passed|is dead|was dead|found (?:him |her |them )?dead|death of|murio|fallecio|fallecid[oa]|se nos fue|perdimos a)(?![a-z])/g,
  life_threatening:
    /(?<![a-z])(?:anaphyla\w*|anafila\w*|life[- ]threatening|(?:almost|nearly|could have|could've) died(?! laughing| of (?:embarrassment|shame|boredom))|(?:thought|think) (?:i|he|she|they) (?:was|were|is|are) (?:going to|gonna) die|stopped breathing|not breathing|isn'?t breathing|can'?t breathe?|cannot breathe|couldn'?t breathe|unable to breathe|throat (?:is |was |started )?(?:closing|closed|shutting)|turn(?:ed|ing) blue|unresponsive|unconscious|no pulse|cpr|intubated|(?:used|use|gave (?:him|her|me)|had to use) (?:my |his |her |the |an |a )?epi-?pen|overdos(?:ed|ing) on purpose|suicide attempt|attempted suicide|tried to (?:kill|end)|(?:took|swallowed|downed) (?:all|the whole|the entire|a whole|every)|no (?:puede|podia) respirar|casi (?:se )?muer[eo]|casi se nos va|se (?:le |me )?cerro la garganta)(?![a-z])/g,
  hospitalisation:
    /(?<![a-z])(?:admitted|readmitted|hospitali[sz](?:ed|ation)|in (?:the )?(?:hospital|icu|er|e\.r\.|emergency room|intensive care)|(?:went|go|took|take|taken|rushed|brought|drove|sent|ended up|landed|transported|carried) (?:him |her |me |them |us )?(?:back )?(?:to|in) (?:the )?(?:hospital|er|e\.r\.|ed|emergency room|emergency department|icu|a&e)|(?:er|hospital|emergency room) (?:visit|trip|stay)|kept (?:him |her |me |them )?overnight|stayed (?:\S+ ){0,2}overnight|(?:a|the) night in the hospital|internad[oa]|hospitalizad[oa]|ingresad[oa]|(?:fuimos|fue|llevamos|lo llevamos|la llevamos|me llevaron|lo llevaron|la llevaron) (?:a|al) (?:urgencias|hospital|emergencias))(?![a-z])/g,
  disability:
    /(?<![a-z])(?:disabled|disability|(?:can|could) no longer (?:walk|see|hear|work|stand)|no longer able to (?:walk|see|hear|work|stand)|paraly[sz]\w*|paralizad[oa]|(?:can'?t|cannot|can not|unable to|no (?:puede|puedo)) (?:walk|move (?:my|his|her) (?:legs?|arms?)|see|hear|use (?:my|his|her) (?:hands?|arms?|legs?)|caminar)(?! (?:to|over|into|down|up|far|the|a|my|your|it|what|where|how|why|if|that|this)\b)|lost (?:\S+ )?(?:vision|sight|eyesight|hearing)|went (?:blind|deaf)|permanent(?:ly)? (?:damage|nerve|disab\w*|hearing|vision|scarring)|wheelchair|bedridden|can'?t work anymore)(?![a-z])/g,
  congenital_anomaly:
    /(?<![a-z])(?:birth defects?|congenital|malformation|malformad[oa]|born with (?:a |an )?(?:\S+ )?(?:defect|deformit\w*|heart (?:defect|problem|condition)|cleft|hole|missing|extra|abnormal\w*|spina bifida|club ?foot)|cleft (?:lip|palate)|spina bifida|defecto de nacimiento|nacio con (?:un |una )?(?:defecto|malformacion|problema))(?![a-z])/g,
  other_medically_important:
    /(?<![a-z])(?:seizures?(?! (?:medication|medicine|meds|pills?|drugs?|disorder))|seizing|convuls\w*|fainted|fainting|passed out|pass out|blacked out|lost consciousness|se desmayo|desmay\w*|miscarriage|miscarried|aborto espontaneo|perdi el bebe|bleeding (?:that )?(?:won'?t|wouldn'?t|will not|did not|didn'?t) stop|coughing up blood|vomiting blood|blood in (?:my |his |her |the )?(?:stool|urine|vomit)|black (?:tarry )?stools?|stools? (?:were|was|are|is|looked|look|turned) black|yellow (?:eyes|skin)|jaundice|ictericia|amarill[oa] de los ojos|ojos amarillos|piel amarilla|liver (?:failure|damage)|kidney failure|stevens[- ]johnson|skin (?:is )?(?:peeling|coming) off|(?:sugar|glucose) (?:dropped|crashed|went down) to [2-5]\d(?!\d))(?![a-z])/g,
};

// Death in the past of a person, not a wish ("wish I was dead": the match is "was dead") or a device ("my phone died").
const NOT_DEATH = /(?:wish i(?: was| were)?|better off|phone|battery|car|laptop|signal|app|website|call|almost|nearly|could have|could've|might have|would have|i thought i|going to|gonna) $/;
// Where someone works is not where a patient was admitted ("I'm a nurse in the ER").
const NOT_ADMISSION = /(?:work(?:s|ing|ed)?|employed|volunteer(?:s|ing)?|nurse|pharmacist|staff|doctor|physician) (?:\S+ )?$/;

/** A seriousness word that is not what it seems here: a wish or a device ("wish I was dead"), a workplace ("a nurse in the ER"). */
function excluded(criterion: SeriousnessCriterion, folded: string, index: number): boolean {
  const before = folded.slice(Math.max(0, index - 30), index);
  if (criterion === 'death' && NOT_DEATH.test(before)) return true;
  return criterion === 'hospitalisation' && NOT_ADMISSION.test(before);
}

export interface SeriousnessReading {
  /** The criteria met by the text, plus the signals': an emergency in progress is life-threatening, self-harm medically important. */
  flags: SeriousnessFlags;
  /** The seriousness words found (not denied), for the adverse-event value when the guard named no symptom. */
  terms: string[];
}

/** One pass of each criterion's pattern over the text gives both the criteria and the words. */
export function readSeriousness(folded: string, kinds: SignalKinds): SeriousnessReading {
  const flags = noSeriousness();
  const terms: string[] = [];
  for (const criterion of Object.keys(PATTERNS) as SeriousnessCriterion[]) {
    const found = matchesOf(PATTERNS[criterion], folded).filter((m) => !negatedAt(folded, m.index));
    for (const m of found) terms.push(m.text);
    flags[criterion] = found.some((m) => !excluded(criterion, folded, m.index));
  }
  if (kinds.has('emergency')) flags.life_threatening = true;
  if (kinds.has('self_harm')) flags.other_medically_important = true;
  return { flags, terms };
}
