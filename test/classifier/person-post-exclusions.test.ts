import { describe, expect, it } from 'vitest';
import { introducesPersonWithNothingTaken } from '../../src/classifier/local/person-post.ts';

// The person-post reading (local/person-post.ts) sets a safety answer aside, so each word is pinned against a
// control: a post the reading takes, changed in ONE word. A word that points to something taken, or a number that
// is no age (a duration, a weight, a clock time), must keep the reading away: losing it would lose a report.

// BACK is 45 words with no age, no relative and no question: a symptom, a doctor and a test.
const BACK =
  'for about a month there has been a dull ache in the lower back most mornings and it gets stiff after sitting at the desk for long. ' +
  'The doctor checked the posture and ordered an x-ray which came back clear, and the ache still wakes me at night';
const ASKED = `${BACK}. Has anyone had the same?`;
const ADV = ['adverse_event'];

describe('person post: a number that is no age keeps the reading away, against an age', () => {
  it('when the post opens with an age, then the reading applies (the control)', () => {
    expect(introducesPersonWithNothingTaken(`I'm 34 and ${ASKED}`, ADV)).toBe(true);
  });

  it.each([
    ["I'm 20weeks along and"],
    ["I'm 1 week along and"],
    ["I'm 2 wk along and"],
    ["I'm 1 day into it and"],
    ['I am 1 month in and'],
    ["I'm 1 hour from home and"],
    ["I'm 1 hr from home and"],
    ["I'm 90 lb and"],
    ["I'm 90 pound and"],
    ["I'm 60 kg and"],
    ["I'm 60 kilo and"],
    ['It is 1 time too many and'],
    ["I'm 5 inch taller now and"],
    ["I'm 5 min from the clinic and"],
    ['The appointment is 10 oclock and'],
  ])('when the post opens "%s", then no age is given and the reading does not apply', (opening) => {
    expect(introducesPersonWithNothingTaken(`${opening} ${ASKED}`, ADV)).toBe(false);
  });
});

describe('person post: each form of an age or a relative is read, against a post with neither', () => {
  it('when the post gives no age and names no relative, then the reading does not apply (the control)', () => {
    expect(introducesPersonWithNothingTaken(`Hello, ${ASKED}`, ADV)).toBe(false);
  });

  it.each([
    ['Hes 9 and'],
    ['Shes 72 and'],
    ['Age 60, and'],
    ['As a 28yr old,'],
    ['Me: 30yo,'],
    ['Me: 30 y.o, and'],
    ['Hello, my son says that'],
    ['My parent says that'],
    ['My kid says that'],
    ['My sister says that'],
    ['My brother says that'],
    ['My grandparent says that'],
  ])('when the post opens "%s", then the person is introduced and the reading applies', (opening) => {
    expect(introducesPersonWithNothingTaken(`${opening} ${ASKED}`, ADV)).toBe(true);
  });
});

describe('person post: each way of asking readers is read, against a post that asks nothing', () => {
  it('when the post only tells, then the reading does not apply (the control)', () => {
    expect(introducesPersonWithNothingTaken(`I'm 34 and ${BACK}.`, ADV)).toBe(false);
  });

  it.each([['A suggestion is welcome.'], ['I appreciate it.'], ['Replies appreciated.']])(
    'when the post ends "%s", then it asks and the reading applies',
    (ask) => {
      expect(introducesPersonWithNothingTaken(`I'm 34 and ${BACK}. ${ask}`, ADV)).toBe(true);
    },
  );

  it('when a paragraph break stands in a 39-word post, then the break is no word and the post is too short', () => {
    const post = (words: number) => `I'm 34 and my head hurts.\n\nAny advice. ${'today '.repeat(words - 8).trim()}`;
    expect(introducesPersonWithNothingTaken(post(40), ADV)).toBe(true);
    expect(introducesPersonWithNothingTaken(post(39), ADV)).toBe(false);
  });
});

describe('person post: each pointer to something taken keeps the reading away, against the post without it', () => {
  it.each([['I reacted badly to something.'], ['I was injected in May.'], ['I overdosed once.'], ['I had it implanted in May.']])(
    'when the post adds "%s", then it points to something taken and the reading does not apply',
    (added) => {
      expect(introducesPersonWithNothingTaken(`I'm 34 and ${BACK}. ${added} Has anyone had the same?`, ADV)).toBe(false);
    },
  );
});
