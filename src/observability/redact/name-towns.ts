import { isUsTown } from './lexicon.ts';

/**
 * A first name that is also a US town of 10,000 or more (lexicon.ts's us-towns list: "Austin", "Tyler", "Jackson",
 * "Florence", "Eugene", "Jasper"): without a sign of a person around it, the town is as likely ("Is Austin covered?",
 * "deliver to Jasper", "um jackson has no stock", "try madison"). The name finders that read a first name by its place
 * alone ask this of it; those with a surname or a strong cue ("my name is", "my son") do not.
 */
// "Kenny, you need to …", "Lauren you should …", "Rachel: Audrey, I love you": a name opening a sentence to address
// someone, or a speaker's name before what they say.
export const ADDRESSED = /^(?:,?[ \t]+(?:you|your|u|ur)\b|:[ \t]+\S)/i;
// A first name that is also a town ("Is Austin covered?", "deliver to Jasper") names a person where what stands around it can only be
// said of one: spoken with, told, asked, thanked, helped, addressed, written to ("reply to", "the profile of"); saying, asking or doing
// what a person does, with "his" or "her" after ("Did Tracy update her status"); "X and I"; a person's possessive ("Austin's mom").
const PERSON_CUE_BEFORE = /(?:^|[^\p{L}])(?:with|w\/|saw|met|meet|love|miss|told|tell|ask|asked|texted|emailed|called|thank|thanks(?:\s+to)?|let|help|helped|congratulat\w*|invit\w*|hi|hey|hello|dear|me\s+and|(?:e-?mail|mail|message|text|reply|profile|details|number|contacts?|birthday)\s+(?:of|to|from|for))\s+$/iu;
const PERSON_CUE_AFTER = /^(?:['’]s[ \t]+(?:name|account|mom|mum|dad|wife|husband|son|daughter|sister|brother|friend|girlfriend|boyfriend|birthday|phone|number|email)\b|[ \t]+(?:said|says|told|asked|asks|wants|wanted|thinks|thought|texted|called|emailed|left|picked|needs|knows|who|and\s+I|&\s*I)\b|(?:[ \t]+\p{L}+){1,2}[ \t]+(?:his|her|him|he|she)\b)/iu;
/** "Sarah when she works out", "Dennis if he", "Jackson picked": what follows a word says it is a person. */
export const personAfter = (after: string): boolean => PERSON_CUE_AFTER.test(after);
const vouched = (before: string, after: string) => PERSON_CUE_BEFORE.test(before) || PERSON_CUE_AFTER.test(after) || ADDRESSED.test(after);
/** Whether what stands around [start, end) of `text` says a person is named there ("with Tyler", "Chester said", "Madison and I"). */
export const personAround = (text: string, start: number, end: number): boolean => vouched(text.slice(Math.max(0, start - 40), start), text.slice(end, end + 24));

/** Whether the word at [start, end) of `text` (`key` its lower-case form) may name a person: yes unless it is a US town with no sign of a person around it. */
export const townAsPerson = (text: string, start: number, end: number, key: string): boolean =>
  !isUsTown(key) || vouched(text.slice(Math.max(0, start - 40), start), text.slice(end, end + 24));
