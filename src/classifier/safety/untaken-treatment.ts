import type { Span } from './text.ts';
import { sentenceOf } from './text.ts';
import { ASKS_IN_WORDS } from './asking.ts';
import { BLAME_LINK } from './markers.ts';
import { NO_EFFECT } from './illness-course.ts';
import { drugSpans } from './medication.ts';

/**
 * "I have eczema on my hands that cracks and bleeds. Would a steroid cream help?", "I have chronic back pain and my
 * doctor offered gabapentin. Does it help with nerve pain?", "Do I need an antibiotic or will it clear on its own?": a
 * question about a treatment nobody has taken yet. Every medicine the text names is named as one that could be taken
 * (in a sentence that asks, or offered, recommended, wanted), none is told as taken, used, given or owned ("I took",
 * "I'm on", "my pills", "the doctor gave her"), and nothing ties a symptom to a medicine or a change ("since", "after",
 * "started", "side effects", "reaction"). A medicine not taken can have caused nothing: the symptoms are what the
 * treatment is asked for (LABELING.md, a personal symptom with no product; a drug named only to ask about it).
 * `medicines` are the lexicon's medication words; listed drug names are found here.
 */
export function asksOnlyAboutUntakenTreatment(folded: string, breaks: readonly number[], medicines: readonly Span[]): boolean {
  if (TOLD_AS_TAKEN.test(folded) || BLAME_LINK.test(folded) || NAMES_AN_EFFECT.test(folded)) return false;
  const named = [...medicines, ...drugSpans(folded)];
  return named.length > 0 && asksInASentence(folded, breaks) && named.every((m) => namedAsProspect(folded, breaks, m));
}

/**
 * A sentence that asks: one ending in a question mark that opens as a question or proposes ("does it help?", "i
 * should start taking this pill?"), or a question in words. "Slow production (over-concentration?)" in a review asks nothing.
 */
function asksInASentence(folded: string, breaks: readonly number[]): boolean {
  if (ASKS_IN_WORDS.test(folded)) return true;
  let start = 0;
  for (const b of breaks) {
    const sentence = folded.slice(start, b);
    if (folded[b] === '?' && (ASKING_OPEN.test(sentence) || PROSPECT.test(sentence))) return true;
    start = b + 1;
  }
  return false;
}

/** The medicine is named in a sentence that asks or proposes, after the asking words, and owned by nobody. */
function namedAsProspect(folded: string, breaks: readonly number[], m: Span): boolean {
  const sentence = sentenceOf(breaks, m, folded.length);
  const before = folded.slice(sentence.start, m.start);
  const owner = OWNED.exec(folded.slice(Math.max(0, m.start - OWNER_REACH), m.start));
  if (owner !== null && !CARER_OR_PROSPECT.test(owner[0])) return false;
  return folded[sentence.end] === '?' ? PROSPECT.test(before) || ASKING_OPEN.test(before) : PROSPECT.test(before);
}

const OWNER_REACH = 30;
// "my blood pressure pills", "her inhaler": a medicine of the writer's or a relative's own is being taken.
// "start her on an antidepressant": "her" followed by a word that opens no noun phrase is a person, not an owner.
const OWNED = /(?<![a-z])(?:my|his|her|their|our)\s(?:(?!(?:on|onto|to|with|a|an|the|some|any)\s)[a-z'-]+\s){0,2}$/;
// "my doctor offered gabapentin", "her doctor wants to add a water pill": the owner is the carer, not the medicine's.
const CARER_OR_PROSPECT =
  /(?<![a-z])(?:doctors?|dr|doc|gp|physician|nurse|pharmacist|dentist|provider|specialist|pediatrician|paediatrician|surgeon|\w+ologists?|midwife|offered|wants?|suggest\w*|recommend\w*|mentioned|consider\w*)(?![a-z])/;
// Words that put a medicine forward as one that could be taken ("would a steroid cream help", "do i need an
// antibiotic", "wants to start her on an antidepressant", "can i take", "is it safe").
const PROSPECT =
  /(?<![a-z])(?:can|could|should|would|will|may|might|need|needs|needing|want|wants|wanted|offered|offers?|suggest\w*|recommend\w*|mention\w*|consider\w*|thinking|best|safe|okay|ok|better|instead of|other than|besides|alternatives?|which|what|any|is there|are there)(?![a-z])/;
// A question that opens with its verb ("does it help", "is ibuprofen better"): the medicine is asked about.
const ASKING_OPEN = /^\s*(?:(?:ok(?:ay)?|so|and|also|but|then)\s)*(?:do|does|is|are|will|would|can|could|should|how|what|which|when|any)(?![a-z])/;
// A medicine told as taken, used, given or put in: it may be what a symptom is a reaction to.
const TOLD_AS_TAKEN =
  /(?<![a-z])(?:took|taken|(?:been|keep|kept|still|i'?m|im|am|is|are|was|were) (?:taking|using|on)|(?:i|he|she|we|they|you) (?:take|takes|use|uses|used)|using|used|started|stopped|stopping|quit|switched|finished|prescribed|put (?:me|him|her|us|them) on|placed|inserted|implanted|gave|given|got (?:the|my|his|her|a|an)|had (?:the|my|his|her|a|an) (?:\S+ )?(?:shot|vaccine|jab|booster|injection|dose|infusion)|(?:second|2nd|third|3rd|fourth|next|another|remaining|last|more) (?:\S+ )?(?:shots?|doses?|jabs?|injections?|infusions?|pills?|rounds?|courses?|vaccines?|boosters?)|dose|doses|dosage|\d+ ?(?:mg|mcg|ml|units?))(?![a-z])/;
// Words that name a drug's harm or a change the writer underwent.
const NAMES_AN_EFFECT =
  /(?<![a-z])(?:side ?effects?|reactions?|react\w*|adverse|allerg\w*|intoleran\w*|caus\w*|made (?:me|him|her|us)|worse|because of|due to|from (?:the|it|this|that))(?![a-z])/;

/**
 * "I've had insomnia for years and melatonin doesn't work for me anymore. What else can I try?", "My back pain is really
 * bad, I tried ibuprofen and heat but nothing works. Should I see a chiropractor?": a question about what to do next
 * after a treatment that did not relieve a symptom told before it. A medicine that did not work tells of no harm
 * (LABELING.md, review sentence), and a symptom told before any medicine is named is what the medicine was tried for.
 * Returns where the first medicine is named when the text reads so (only symptoms before it are set aside), else -1.
 * Nothing may tie a symptom to a medicine or tell of a change ("since", "after", "started", "now", "worse", "side
 * effects"): "My face is swelling, I take lisinopril. Should I go to the ER?" tells of no relief tried and still fires.
 */
export function firstMedicineAfterFailedRelief(folded: string, breaks: readonly number[], medicines: readonly Span[]): number {
  if (!NO_RELIEF.test(folded) && !NO_EFFECT.test(folded)) return -1;
  if (BLAME_LINK.test(folded) || NAMES_AN_EFFECT.test(folded) || CHANGE_TOLD.test(folded) || !asksInASentence(folded, breaks)) return -1;
  const named = [...medicines, ...drugSpans(folded)];
  if (named.some((m) => ON_OR_FROM_BEFORE.test(folded.slice(Math.max(0, m.start - OWNER_REACH), m.start)))) return -1;
  return named.length === 0 ? -1 : Math.min(...named.map((m) => m.start));
}
// "diarrhea every day on metformin", "a rash from amoxicillin": a symptom told with the medicine it came on.
// Up to two words between: a determiner and a modifier ("on the same metformin", "from my new inhaler").
const ON_OR_FROM_BEFORE =
  /(?<![a-z])(?:on|from|with|while|during|off)\s(?:(?:the|my|his|her|their|your|our|this|that|these|those|a|an|new|same|generic|usual|current|daily|regular)\s){0,2}$/;

// Relief that did not come, in words NO_EFFECT (illness-course.ts) does not hold: "nothing works", "isn't helping".
const NO_RELIEF =
  /(?<![a-z])(?:nothing (?:\S+ )?(?:works|worked|helps|helped|seems to (?:work|help))|(?:is|are|was|were)(?:n'?t| not) (?:really )?(?:helping|working)|not (?:helping|working|getting (?:any )?better)|stopped helping|still (?:there|hurts|the same))(?![a-z])/;
// A change the writer underwent: a new onset beside a medicine may be its reaction.
const CHANGE_TOLD = /(?<![a-z])(?:now|new|developed|became|become|suddenly|increas\w*|decreas\w*|experienc\w*)(?![a-z])/;
