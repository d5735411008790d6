import { namesDrugWord } from './medication.ts';

/**
 * Two kinds of review sentence that tell of an illness and of a medicine and report no adverse event
 * (LABELING.md, review sentence), which the model, reading symptoms beside "I" and a drug, takes for reports:
 *
 * - the illness's own course: its signs told as history or as the reason for the medicine ("I couldn't get
 *   out of bed for months before I started", "I have suffered from depression since I was 15", "my
 *   psychiatrist says I have treatment resistant depression", "I was taking it for PTSD and nightmares", "I had
 *   asthma attacks every winter as a kid", "my migraines used to last three days"), or as
 *   the cause of what happened ("my anxiety made me throw up before work");
 * - a medicine that did not work or stopped working ("did nothing for my anxiety", "no change at all after 8
 *   weeks", "stopped working after a year"): it tells of no harm the medicine caused.
 *
 * Either holds only for one sentence that asks nothing and in which nothing ties a symptom to the medicine: an
 * onset after starting, changing or stopping it ("since I started", "while on it", "coming off it"), a word of
 * harm ("made me", "gave me", side effect, worse) or a symptom denied before it ("I never had panic attacks
 * before I started this" tells that the medicine brought them). Folded text (lower case, commas dropped).
 */

// The time before the medicine: "before I started", "before zoloft", "before any meds", "before treatment".
const BEFORE_MEDICINE =
  /(?<![a-z])(?:before (?:i (?:\S+ )?(?:started|began|went on|got on|was put on|tried|found|took)|(?:starting|taking|trying|beginning|going on|getting on)|(?:any |the |my )?(?:meds|medication|medicine|treatment|pills|diagnosis)(?![a-z]))|(?:until|till) i (?:started|found|tried|went on)|prior to (?:starting|taking|treatment|meds|medication))/;

// The illness told as history: a diagnosis, a long course, an age, a cause in the writer's life.
const ILLNESS_HISTORY =
  /(?<![a-z])(?:diagnosed (?:with|as|at|when|in|bipolar|adhd|add|ocd|ptsd|gad|depress\w*|anxiety)|diagnosis (?:of|was)|history of|since (?:i was|age|the age of) (?:a )?\w+|since (?:childhood|puberty|high school|college|my teens|my (?:divorce|father|mother|dad|mom|husband|wife|son|daughter|baby|child|pregnancy)\w*)|at (?:the )?age (?:of )?\d+|(?:my|his|her) whole life|all my life|most of my life|for (?:over |about |almost |nearly |more than |the past |the last )?(?:many |several |a few |\d+ |two |three |four |five |six |ten |twenty )?(?:years|decades)|(?:years|decades) of (?!age)|on and off|postpartum|after (?:my|the) (?:divorce|break ?up|accident|loss|miscarriage|(?:first|second|third) (?:child|baby|pregnancy))|when (?:my|the) (?:father|mother|dad|mom|husband|wife|son|daughter|baby|divorce) \w+|(?:i|he|she) (?:have|has) (?:a |an |severe |bad |chronic |major |moderate |mild )*(?:gad|ptsd|ocd|adhd|add|bipolar|depression|anxiety|panic disorder|schizophrenia|social anxiety|insomnia|fibromyalgia|treatment resistant)|(?:is|was) at (?:its|it'?s) worst|the (?:depression|anxiety|panic|ocd|insomnia) (?:hit|got bad)|as a (?:kid|child|teen\w*|little (?:girl|boy)|young (?:girl|boy|man|woman|adult))|growing up|(?:in|during|since|through|throughout) (?:high school|college|university|middle school|grade school|my (?:teens|twenties|thirties|forties|fifties|20s|30s|40s|50s))|(?:before|when|until|till) i (?:was|got) diagnosed|during (?:the |my |an? |these |those )?(?:attacks?|episodes?|flare ?ups?|panic attacks?))/;
// The illness in the habitual past ("my migraines used to last three days"), unless the sentence goes on to what
// changed ("I used to sleep fine, now I can't") or denies it ("I never used to get headaches" tells of a new one).
const USED_TO = /(?<![a-z])(?<!(?:never|n'?t|not) )used to (?!(?:take|taking|use|using|be on|it|this|that)(?![a-z]))/;
// A time of the medicine ("early in the treatment my scalp used to itch", "used to get a rash from it") ties it too.
const CHANGED =
  /(?<![a-z])(?:now|anymore|any more|no longer|but|since|until|till|then|started|starting|beginning|at first|initially|treatment|after|while|when|from (?:it|this|that|them))(?![a-z])/;

// The illness as the reason for the medicine: "put me on it because", "I was taking it for PTSD", "started on this after a manic episode".
const REASON_FOR_MEDICINE =
  /(?<![a-z])(?:(?:put|started|got|placed) (?:me |him |her )?on (?:it|this|that|them|\w+) (?:because|for|after|when|due)|prescribed (?:it |this |them |me \S+ )?(?:for|because|after|due)|(?:taking|take|took|tried|using|used|started) (?:it|this|them|\w+) for|(?:was|were|got) (?:put|started) on (?:it|this|\w+) (?:because|for|after|when))(?![a-z])(?! (?:a |an |about |over |almost |nearly |the (?:past|last|first) )?(?:\d+|one|two|three|four|five|six|few|several|couple|many|some|long|ages|a while|(?:days?|weeks?|months?|years?|nights?)(?![a-z])))/;
// A reason told beside symptoms in a longer sentence may go on to what the medicine did ("took it for my back, now I can't stop eating").
const REASON_MAX_WORDS = 12;

// A denial before "before the medicine" ("I never had panic attacks before I started") makes the medicine their cause.
const DENIED_BEFORE = /(?<![a-z])(?:never|no|nothing|didn'?t|did not|wasn'?t|was not|hadn'?t|had not|don'?t|do not)(?![a-z])/;

// What ties a symptom to the medicine: an onset after starting or changing it, coming off it, a word of harm, a
// case report's verb of an event ("Gynecomastia occurred in a man taking spironolactone for heart failure").
const TIED_TO_MEDICINE =
  /(?<![a-z])(?:since (?:i )?(?:started|starting|taking|began|beginning|switch\w*|upp\w*|increas\w*|going on|being on|on (?:it|this))|after (?:i )?(?:started|starting|taking|took|beginning|began|switch\w*|increas\w*|upp\w*|stopp\w*|quitt?\w*|missing|missed|the (?:first|second|third) (?:dose|pill|week|day))|(?:while|when) (?:i was )?(?:on|taking)|on (?:it|this|the (?:med|meds|medication|drug|pill|pills))(?![a-z])|after (?:the |my )?(?:first |second |third |last |\d+(?:st|nd|rd|th) )?(?:treatment|dose|injection|shot|pill|infusion|session)|after (?:\S+ ){0,2}(?:of )?(?:use|using|taking|treatment)|(?:than|since) (?:\S+ ){0,2}before|(?:more|less|worse|better) than|(?:began|begin|started|start|starting) (?:to|having|getting|feeling)|became|become|followed by|increased|decreased|came back|come back|returned|had to (?:stop|quit|come off|get off)|(?:stopp?\w*|quit) (?:using|taking)|hangover|effects?|injection site|(?:low|lowered|lower|no|zero|lost|loss of|decreased|reduced) (?:\S+ )?(?:sex ?drive|libido|appetite|desire)|went away|go away|gone away|initially|at first|in the beginning|the first (?:few |couple (?:of )?)?(?:days?|weeks?|months?)|but|however|except|made me|makes me|make me|gave me|gives me|giving me|caus\w*|side ?effects?|reactions?|withdraw\w*|withdrawl\w*|coming off|came off|come off|taper\w*|cold turkey|zaps?|worse|worsen\w*|miss(?:ed)? (?:a |one )?dose|wore off|wears off|comedown|crash\w*|occurr?\w*|develop(?:ed|ing|s)?|induced|associated with|resulted in|presented with|experienc\w*|onset)(?![a-z])/;

// A medicine that did not work: "did nothing for", "no change", "stopped working", "never kicked in".
export const NO_EFFECT =
  /(?<![a-z])(?:(?:did|does|do)(?:n'?t|nt| not) (?:\S+ ){0,2}?(?:work|help|touch|do (?:anything|much|a thing|squat|jack)|make (?:a|any|much) difference|kick in|seem to (?:work|help|do))|did (?:absolutely |literally |pretty much )?nothing|does (?:absolutely )?nothing|no (?:change|improvement|effect|difference|benefit|relief|results?)|zero (?:effect|change|improvement|benefit|results?|difference)|(?:stopped|quit|stops|ceased|ceases) (?:\S+ )?working|(?:lost|loses|losing) (?:its|it'?s|their|all) (?:effect\w*|magic|punch|oomph)|poop(?:ed|s)? out|never (?:really |fully )?(?:worked|helped|kicked in)|(?:was|is|were) (?:totally |completely |just )?(?:useless|ineffective|worthless)|not (?:very |at all )?effective|ineffective|(?:sugar pill|placebo)|(?:worked|helped) for (?:a while|a bit|a few \w+|about \S+ \w+) (?:then|and then)|it just didn'?t)(?![a-z])/;

const ASKS = /\?/;
const MAX_CHARS = 200;

function oneStatement(folded: string): boolean {
  const body = folded.trim();
  return body.length <= MAX_CHARS && !ASKS.test(body) && !/[.!;]\s+\S/.test(body);
}

/**
 * The sentence with its "before the medicine" clause taken out, or undefined when it has none: a closing clause
 * of a few words ("... for months before I started", "... before any meds") or an opening one ("before zoloft I
 * cried every day"). A denial before it ("I never had panic attacks before I started") makes the medicine the
 * cause, and a closing clause that goes on ("I was fine before I started now I get headaches") tells more.
 */
function withoutBeforeMedicine(folded: string): string | undefined {
  const body = folded.trim();
  const at = body.search(/(?<![a-z])(?:before|until|till|prior to)(?![a-z])/);
  if (at < 0 || DENIED_BEFORE.test(body.slice(0, at))) return undefined;
  const tail = body.slice(at);
  if (at > 0 && (BEFORE_MEDICINE.test(tail) || namesDrugWord(tail.split(' ')[1] ?? '')) && tail.split(' ').length <= CLOSING_CLAUSE_WORDS && !GOES_ON.test(tail)) return body.slice(0, at);
  const opening = OPENING_BEFORE.exec(body);
  if (at === 0 && opening !== null && namesDrugWord(opening[1]!)) return body.slice(opening[0].length - opening[2]!.length);
  return undefined;
}
const CLOSING_CLAUSE_WORDS = 6;
const GOES_ON = /(?<![a-z])(?:now|but|then|and|so|since|after|when)(?![a-z])/;
// "before zoloft I ...", "before lexapro 10mg my ...": a drug's name and the writer.
const OPENING_BEFORE = /^before ([a-z]+)(?: \d+ ?mg)? ((?:i|my|we) )/;

/** The sentence tells that a medicine did not work or stopped working, and nothing it caused (see above). */
export function tellsNoEffect(folded: string): boolean {
  return oneStatement(folded) && NO_EFFECT.test(folded) && !TIED_TO_MEDICINE.test(folded.replace(NO_EFFECT, ' ')) && !/(?<![a-z])(?:but|except|besides|other than|only)(?![a-z])/.test(folded);
}

/** The sentence tells the illness's own signs as history or as the reason for a medicine (see above). */
export function tellsIllnessCourse(folded: string, strict = false): boolean {
  if (!oneStatement(folded) || (strict && GOES_ON_WITH_EVENT.test(folded))) return false;
  // "my anxiety made me throw up": the illness is what did it; its verb is no word of harm of a medicine.
  const cause = ILLNESS_AS_CAUSE.exec(folded);
  const told = cause === null ? folded : folded.slice(cause[0].length);
  // "before I started" names the start as a time, not an onset: the rest is read for what ties a symptom to the medicine.
  const rest = withoutBeforeMedicine(told);
  if (TIED_TO_MEDICINE.test(rest ?? told) || NO_EFFECT.test(folded)) return false;
  if (cause !== null || rest !== undefined || ILLNESS_HISTORY.test(folded) || (USED_TO.test(folded) && !CHANGED.test(folded))) return true;
  return !strict && REASON_FOR_MEDICINE.test(folded) && folded.trim().split(' ').length <= REASON_MAX_WORDS;
}

// What the medicine did not relieve: the words right after a no-effect phrase ("didn't touch my depression"), or a
// symptom that went on ("I still felt depressed").
const OBJECT_GAP = /^\s*(?:(?:for|on|with|to|my|the|his|her|any|of|in|me|at all)\s+){0,3}$/;
const STILL_BEFORE = /(?<![a-z])still (?:\S+ )?(?:felt|feel|feeling|had|have|having|was|am|get|got|getting)(?: \S+)?\s$/;

// The writer's illness as the subject of what happened: "my anxiety made me throw up before work", "my panic attacks
// were so bad I stopped driving", "my mood swings were ruining my marriage". Only at the opening of the sentence.
const ILLNESS_AS_CAUSE =
  /^(?:(?:and|but|so|then|back then|at the time|at that time|before that) )?(?:my|his|her) (?:\S+ )?(?:anxiety|depression|ocd|ptsd|adhd|bipolar|panic|panic attacks|mood swings|moods|mania|paranoia|illness|disorder|condition|social anxiety) (?:made|would make|was|were|got|kept|would keep|had|ruined|was ruining|were ruining|took over|controlled|left)(?![a-z])/;

// For the guard, which hears symptoms the model may not: a reason for the medicine ("I took lexapro for my anxiety
// and headaches started the next day") and a clause that goes on with a new verb after "and" may tell an event.
const GOES_ON_WITH_EVENT = /(?<![a-z])and (?:\S+ ){0,3}(?:started|began|hit|appeared|came|got|get|gets|getting|developed)(?![a-z])/;

/**
 * The guard's symptoms of a sentence that tells the illness course, or what a medicine that did not work did not
 * relieve ("didnt touch my depression even at the max dose"): they name what the medicine is for (see above).
 */
export function namesOnlyIllness(folded: string, symptoms: readonly { start: number }[]): boolean {
  if (tellsIllnessCourse(folded, true)) return true;
  if (!tellsNoEffect(folded)) return false;
  const objects = [...folded.matchAll(new RegExp(NO_EFFECT.source, 'g'))].map((m) => m.index + m[0].length);
  return symptoms.every(
    (s) => objects.some((end) => s.start >= end && OBJECT_GAP.test(folded.slice(end, s.start))) || STILL_BEFORE.test(folded.slice(Math.max(0, s.start - 40), s.start)),
  );
}
