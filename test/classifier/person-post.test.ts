import { describe, expect, it } from 'vitest';
import { introducesPersonWithNothingTaken } from '../../src/classifier/local/person-post.ts';
import { createLocalClassifier, secondStage } from '../../src/classifier/local/local-classifier.ts';

// The person-post reading (local/person-post.ts, issue #11): a long consumer health post that introduces the person
// it is about (an age, a relative) and points to nothing taken is informational (LABELING.md, a personal symptom or
// history with no product link). Each case changes ONE thing of a post the reading takes, so each word is checked.

// TOLD is 48 words with no age and no relative: the story of a symptom, a doctor and tests, and a question to readers. It names
// a treatment only as an option, so the advice reading (safety/advice.ts) leaves it to this one.
const TOLD =
  'for about three weeks I have had a dull headache behind my eyes most afternoons and my neck feels stiff by the evening. ' +
  'The doctor ran blood tests and they all came back normal, and the eye test was fine too. The doctor mentioned treatment options for later';
const STORY = `${TOLD}. I am wondering if anyone has had the same`;
const AGED = `I'm 34 and ${STORY}`;
const ADV = ['adverse_event'];

describe('a long post that introduces a person and points to nothing taken', () => {
  it('when the post gives the writer age, then it is read as a person post (the control)', () => {
    expect(introducesPersonWithNothingTaken(AGED, ADV)).toBe(true);
    expect(introducesPersonWithNothingTaken(AGED, [])).toBe(true);
    expect(introducesPersonWithNothingTaken(`${AGED}. I recall my mother had the same.`, ADV)).toBe(true);
  });

  it('when the post gives no age and names no relative, then it is not', () => {
    expect(introducesPersonWithNothingTaken(`Hello, ${STORY}`, [])).toBe(false);
  });

  it.each([
    ['I am a 45 year old woman and', true],
    ['I am 45 and', true],
    ['Im 45 and', true],
    ['I am only 22 and', true],
    ['Aged 60, and', true],
    ['As a 28-year-old,', true],
    ['As a 28 yr old,', true],
    ['Me: 30 yo,', true],
    ['Me: 30 y/o,', true],
    ['He is 9 and', true],
    ["She's 72 and", true],
    ['My son says that', true],
    ['My teenage daughter says that', true],
    ['My mum says that', true],
    ['My husband says that', true],
    ['My grandpa says that', true],
    ['My partner says that', true],
    ['My niece says that', true],
    ["I'm 20 weeks along and", false],
    ["I'm 150 lbs and", false],
    ["I'm 12 days into it and", false],
    ['I am 2 months in and', false],
    ['For 3 years and', false],
    ['At 3 pm,', false],
    ["I'm 5.5 feet and", false],
    ['The son of a friend says that', false],
  ])('when the post opens "%s", then the person is introduced: %s', (opening, expected) => {
    expect(introducesPersonWithNothingTaken(`${opening} ${STORY}`, ADV)).toBe(expected);
  });

  it.each([
    ['a question mark', 'What is it?'],
    ['a question in words', 'Should I worry.'],
    ['a question that lost its mark', 'Why would that be.'],
    ['a call for advice', 'Any advice.'],
    ['a call for suggestions', 'Suggestions welcome.'],
    ['"suggest"', 'Hoping someone will suggest something.'],
    ['"advise"', 'Kindly advise.'],
    ['a call for help', 'I need help.'],
    ['"wondering"', 'I am wondering.'],
    ['"wonder if"', 'I wonder if it is normal.'],
    ['"anyone"', 'Has anyone had this.'],
    ['"anybody"', 'Has anybody had this.'],
    ['"any ideas"', 'Any ideas.'],
    ['"please"', 'Please.'],
    ['"thanks"', 'Thanks.'],
    ['"thank you"', 'Thank you.'],
    ['"appreciated"', 'Anything is appreciated.'],
    ['"want to know"', 'I want to know.'],
    ['"need to know"', 'I need to know.'],
    ['"like to know"', 'I would like to know.'],
  ])('when a told story ends with %s, then the post asks and is read as a person post', (_what, ask) => {
    expect(introducesPersonWithNothingTaken(`I'm 34 and ${TOLD}. ${ask}`, ADV)).toBe(true);
  });

  it('when the post only tells what happened and asks nothing, then it is not read as a person post (a report reads so)', () => {
    expect(introducesPersonWithNothingTaken(`I'm 34 and ${TOLD}.`, ADV)).toBe(false);
  });

  it.each([
    'I have been on it for a month.',
    'I was on this before.',
    'My sister is on these too.',
    'This medicine is new.',
    'The pills are small.',
    'My meds are the same.',
    'His tablets are white.',
    'The new shot was last week.',
    'Since I started the gym it is worse.',
    'Since taking up running it is worse.',
    'After I started the new job it began.',
    'After taking a break it came back.',
    'Could it be side effects?',
    'Could it be a sideeffect?',
    'Could it be a reaction?',
    'Did I react to something?',
    'Is it an adverse event?',
    'Could it be withdrawal?',
    'I had a vaccine in May.',
    'I had a vaccination in May.',
    'I had my shots in May.',
    'I had a jab in May.',
    'I had a booster in May.',
    'I had an injection in May.',
    'I am afraid of an overdose.',
    'I have an implant.',
    'Something made me dizzy.',
    'Something makes him dizzy.',
    'It gave her a rash.',
    'The part is defective.',
    'The part is faulty.',
    'The part malfunctioned.',
    'The part was recalled.',
    'There is a recall.',
    'The recall came late.',
  ])('when the post adds "%s", then it points to something taken and is not read as a person post', (added) => {
    expect(introducesPersonWithNothingTaken(`${AGED}. ${added}`, ADV)).toBe(false);
  });

  it('when the post names a medicine, then it is not read as a person post', () => {
    expect(introducesPersonWithNothingTaken(`${AGED}. My friend said ibuprofen.`, ADV)).toBe(false);
  });

  it('when the guard found a misuse or compliance term in it, then it is not read as a person post', () => {
    expect(introducesPersonWithNothingTaken(AGED, ['adverse_event', 'misuse'])).toBe(false);
    expect(introducesPersonWithNothingTaken(AGED, ['compliance'])).toBe(false);
  });

  it('when the post has forty words, then it is long enough; at thirty-nine it is not', () => {
    const post = (words: number) => `I'm 34 and my head hurts. Any advice. ${'today '.repeat(words - 8).trim()}`;
    expect(introducesPersonWithNothingTaken(post(40), ADV)).toBe(true);
    expect(introducesPersonWithNothingTaken(post(39), ADV)).toBe(false);
  });

  it('when the post is shorter than forty words, then it is not read as a person post', () => {
    expect(introducesPersonWithNothingTaken("I'm 34 and I have had a dull headache behind my eyes for three weeks. The blood tests were normal.", ADV)).toBe(false);
  });
});

describe('the second stage on a long person post', () => {
  it('when the model answers safety on a statement, then it is set aside to informational with its reason', async () => {
    expect(secondStage(AGED, 'safety_compliance', 0.95)).toBe('person_post');
    const answer = await createLocalClassifier().classify({ text: AGED, channel: 'chat' });
    expect(answer.category).not.toBe('safety_compliance');
  });

  it('when the post points to something taken, then the model safety answer stays', () => {
    expect(secondStage(`${AGED}. Could it be a reaction to something`, 'safety_compliance', 0.95)).toBeUndefined();
  });

  const ASKED = `My mother is 72 and ${TOLD}. What could it be?`;
  it.each([
    ['a polite "can you"', `${ASKED} Can you tell me what to ask?`],
    ['"please help"', `${ASKED} Please help.`],
    ['a day in its story', `${ASKED} It was worst on Monday.`],
    ["a letter's lines", `${ASKED}\nThank you.`],
  ])('when the question asks only with %s, then it is asked about health (informational)', (_what, text) => {
    expect(secondStage(text, 'safety_compliance', 0.95)).toBe('asks_health');
  });

  it.each([
    ['something done', `${ASKED} Can you book her in with the doctor?`],
    ['a slot', `${ASKED} How about Thursday at 3pm?`],
    ['money', `${ASKED} Also the clinic charged us twice.`],
    ['someone to act', `${ASKED} We need someone to look at her results.`],
  ])('when the question asks for %s, then it goes to the model runner-up (demoted)', (_what, text) => {
    expect(secondStage(text, 'safety_compliance', 0.95)).toBe('demoted');
  });
});
