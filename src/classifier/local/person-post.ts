import { namesProduct } from '../safety/case-report.ts';
import { asksSomething, OPENS_AS_QUESTION } from '../safety/asking.ts';
import { foldText } from '../safety/text.ts';

/**
 * person_post: "I'm 34 and for three weeks I've had headaches behind my eyes. My doctor ran blood tests and they
 * were normal and I keep waking up at night ...", "My mother is 72 and she gets short of breath on the stairs ...": a
 * long consumer health post that introduces the person it is about (the writer's age, or a relative) and points
 * to nothing taken: no medicine, vaccine or product named, no "on it", "this medicine", "since I started", "side
 * effects", "reaction", "withdrawal". LABELING.md: a personal symptom, condition or history with no product
 * linked to it is informational. A patient's review tells what a medicine did and points to it ("on it", "the
 * pills", "since starting"), and seldom gives the writer's age or a relative; a report about a relative who took
 * something names it or points to it. Symptoms the guard found and set aside (no medicine, negated, asked) may
 * stand in the post; a guard term of misuse or compliance keeps the model's answer.
 * Unlike health-post.ts this does not need the post to avoid every treatment or change word ("my doctor wants
 * me to start", "I lost weight"): the person introduced and the missing pointer to a thing taken carry it.
 */
export function introducesPersonWithNothingTaken(text: string, guardKinds: readonly string[]): boolean {
  if (guardKinds.some((k) => k !== 'adverse_event')) return false;
  const { folded } = foldText(text);
  if (folded.split(/\s+/).length < MIN_WORDS) return false;
  if (!AGE.test(folded) && !RELATIVE.test(folded)) return false;
  return asksInPost(text, folded) && !POINTS_TO_SOMETHING_TAKEN.test(folded) && !namesProduct(text);
}

/**
 * The post asks: a question mark or a question in words (asking.ts), a sentence that opens as a question with its
 * mark lost ("what could it be."), or words that ask readers for help or advice. A narrative that only tells what
 * happened to someone ("my grandfather suffered a stroke ... he was taken by ambulance") asks nothing: it is how an
 * adverse-event report reads when the product is on the form, not in the text.
 */
function asksInPost(text: string, folded: string): boolean {
  return asksSomething(text) || ASKS_READERS.test(folded) || folded.split(SENTENCE_END).some((s) => OPENS_AS_QUESTION.test(s));
}
const SENTENCE_END = /[.!;\n]+/;
const ASKS_READERS =
  /(?<![a-z])(?:advice|advise|suggestions?|suggest|help|wondering|wonder if|any ?one|any ?body|any ideas|please|thanks|thank you|appreciate\w*|(?:want|like|need) to know)(?![a-z])/;

// A post this long tells a person's story; a review's side-effect sentence is shorter (as health-post.ts).
const MIN_WORDS = 40;

// The writer's or someone's age: "I'm 34", "I am a 45 year old", "my son is 9", "aged 60", "a 28-year-old". Not a
// duration ("for 3 years") nor a pregnancy week or a weight ("I'm 20 weeks", "I'm 150 lbs").
const AGE =
  /(?<![a-z])(?:(?:i'?m|i am|im|he'?s|he is|she'?s|she is|is|aged?) (?:a |an |only |just )?\d{1,2}(?![0-9.,]| ?(?:weeks?|wks?|days?|months?|hours?|hrs?|lbs?|pounds?|kgs?|kilos?|mg|ml|%|times?|percent|cm|inch\w*|ft|feet|min\w*|am|pm|o'?clock))|\d{1,2} ?-?(?:years?|yrs?|yr) ?-?old|\d{1,2} ?(?:yo|y\/o|y\.o\.?)(?![a-z]))/;

// A relative the post is about (the writer's own family or partner).
const RELATIVE =
  /(?<![a-z])my (?:\w+ )?(?:mother|mom|mum|mommy|father|dad|daddy|parents?|son|sons|daughters?|husband|wife|baby|babies|child|children|kids?|toddler|boyfriend|girlfriend|fiance|fiancee|partner|sisters?|brothers?|grandmother|grandma|grandfather|grandpa|grandparents?|aunt|uncle|cousin|niece|nephew)(?![a-z])/;

// Anything taken, put in or given, even unnamed, an effect blamed on it, or a product's fault ("the new joint is
// defective"): such a post may tell a reaction or a device complaint.
const POINTS_TO_SOMETHING_TAKEN =
  /(?<![a-z])(?:on (?:it|this|that|these|them)|(?:this|that|the|these|those|new|my|his|her) (?:med|meds|drug|drugs|medicine|medicines|medication|medications|pills?|tablets?|capsules?|stuff|shots?|injections?|prescription)|since (?:i |he |she |we )?(?:started|starting|began|took|taking|switched|went on)|after (?:i |he |she |we )?(?:started|starting|taking|took|began|switching|switched)|side ?effects?|reactions?|react\w*|adverse|withdrawal|vaccin\w*|shots?|jabs?|booster|inject\w*|overdos\w*|implant\w*|defective|faulty|malfunction\w*|recalled|(?:a|the) recall|(?:made|makes|making|gave|gives|giving) (?:me|him|her|us))(?![a-z])/;
