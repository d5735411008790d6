import { describe, expect, it } from 'vitest';
import { redactPii } from '../../src/observability/redact.ts';

// How a name is tied into a sentence whatever its origin, the mechanisms the thirteenth development set (data/pii/dev-names-13,
// issue #14 thirteenth follow-up) showed missed, with other names and other words: examples written for this test.
const MASKED: Array<[string, string, string]> = [
  ['a word-name stuttered before a surname no dictionary holds', 'uh this is gift gift nwachukwu calling', 'uh this is [NAME] calling'],
  ['a word-name stuttered after "is"', 'my husband is justice justice mensah', 'my husband is [NAME]'],
  ['a vocative closing a sentence of thanks', 'Thanks so much for the help, Tupou!', 'Thanks so much for the help, [NAME]!'],
  ['two capitalised words before "here" after a greeting', 'hi team, Goodness Okafor here.', 'hi team, [NAME] here.'],
  ['dotted initials before a surname', 'Delivery is for A.B. Tuilagi at the same address', 'Delivery is for [NAME] at the same address'],
  ['two people joined by "n" before "both"', 'so tupe n lanuola both need the refill', 'so [NAME] n [NAME] both need the refill'],
  ['a word no list holds before a relation in apposition', 'a refill for lusiana my daughter she takes albuterol', 'a refill for [NAME] my daughter she takes albuterol'],
  ['a listed first name before ", she"', 'Please reissue the card for Ruby, she lost hers.', 'Please reissue the card for [NAME], she lost hers.'],
  ['whom a message greets', 'hey sefo can you check my order', 'hey [NAME] can you check my order'],
  ['a name carried over "el"', 'hello my name is samira el amrani and i have a question', 'hello my name is [NAME] and i have a question'],
  ['a name carried over "al"', 'the name is khalid al farsi and that is it', 'the name is [NAME] and that is it'],
  ['a Spanish double surname joined by "y"', 'sí la orden está a nombre de maricela hernández y ortiz', 'sí la orden está a nombre de [NAME]'],
  ['a Vietnamese given name that is a word after the middle name', 'calling because my mother tran thi hoa got the wrong pills', 'calling because my mother [NAME] got the wrong pills'],
  ['a surname said between a name and its spelling', "it's under hye jin park h y e j i n", "it's under [NAME] [NAME]"],
  ['a title before a name, outside the mask', 'I spoke with Mrs. Okonjo, who said it shipped', 'I spoke with Mrs. [NAME], who said it shipped'],
  ['who did what an agent\'s note records', '{"note":"form signed by Lusia Taufa re Aetna"}', '{"note":"form signed by [NAME] re Aetna"}'],
  ['two initials said before a surname', 'the account holder is o b adeyemi that is o as in oscar', 'the account holder is [NAME] that is o as in oscar'],
  ['whom a line opens by addressing', 'Tavita, can you check my order?', '[NAME], can you check my order?'],
  ['"w" for "with" after a verb of speaking', 'i spoke w chidi yesterday about it', 'i spoke w [NAME] yesterday about it'],
];
const KEPT: Array<[string, string]> = [
  ['the weather after "it\'s"', "it's sunny here today so i'll walk over"],
  ['a medicine after "thanks,"', 'thanks, Lyrica helped a lot!'],
  ['a team named before "here"', 'hi team, Customer Service here.'],
  ['a word said twice before an everyday word', 'very very itchy after the new cream'],
  ['a town before ", he"', 'we moved to Dayton, he said it was cheaper'],
  ['a typo after a greeting', 'hi ths is me again'],
  ['dotted initials before a word', 'U.S. Bank card declined'],
  ['two medicines before "both"', 'the lisinopril and metformin both ran out'],
  ['a plan after "approved by"', 'the refill was approved by Humana yesterday'],
  ['a medicine opening a line before a question', 'Lisinopril, can you refill it'],
  ['a Spanish digit said twice before a word no dictionary holds', 'me tomé dos dos pastillas'],
  ['a laugh said again and again', 'lol fak fak fak fak'],
  ['the Spanish pronoun "ella" after kin, before a verb', 'llamo por mi mamá ella toma losartán'],
];

// A word that stays reads the same after redaction: its expected text is the message itself.
const CASES = [...MASKED.map(([why, text, masked]) => [`${why}, then it is masked`, text, masked]), ...KEPT.map(([why, text]) => [`${why}, then the words stay`, text, text])];

describe('names tied into a sentence', () => {
  it.each(CASES)('when %s', (_why, text, expected) => expect(redactPii(text!)).toBe(expected));
});
