import { describe, expect, it } from 'vitest';
import { tellsHealthPostOnly } from '../../src/classifier/local/health-post.ts';

// The health-post reading (local/health-post.ts) sets the model's safety answer aside on a long post about the
// writer's or a relative's health. Every word of a treatment or of a change undergone must keep a post OUT of it:
// such a post may tell a reaction to something taken, and setting it aside would lose a report. Each case below
// adds ONE such word to a post the reading otherwise takes (the control), so each word is checked on its own.
// Found by the targeted mutation run of 2026-12-07 (READINGS=posts): health-post.ts 42% before these tests.

// 46 words: a relative, a test, an MRI; no treatment, no change, no product.
const POST =
  'My father is eighty years old and over the last two years he has grown forgetful and quiet. The neurologist ordered an MRI and a memory test last month and we are still waiting to hear back from the clinic about what happens next for him.';

describe('a long health post that names a treatment or a change undergone is not set aside', () => {
  it('when the post names no treatment and no change, then it reads as a health post (the control)', () => {
    expect(tellsHealthPostOnly(POST, 0)).toBe(true);
    expect(tellsHealthPostOnly(`${POST} He likes long walks by the river.`, 0)).toBe(true);
  });

  it('when the guard found a term in it, then it is not read as a health post', () => {
    expect(tellsHealthPostOnly(POST, 1)).toBe(false);
  });

  it.each([
    'He had a side effect.',
    'He had side effects.',
    'He had sideeffects.',
    'He will take nothing.',
    'He takes nothing.',
    'He is taking nothing.',
    'He has taken nothing.',
    'He took nothing.',
    'He wants to start.',
    'He started walking.',
    'He is starting again.',
    'The dose is small.',
    'The doses are small.',
    'The dosage is small.',
    'He is on 20 mg.',
    'He is on 20mg.',
    'The neurologist prescribed something.',
    'The medication is new.',
    'The meds are new.',
    'His med is new.',
    'The pill is new.',
    'The pills are new.',
    'The tablet is new.',
    'The tablets are new.',
    'The capsule is new.',
    'The capsules are new.',
    'He had a shot.',
    'He had his shots.',
    'He had the vaccine.',
    'He was vaccinated.',
    'He had an injection.',
    'The drug is new.',
    'The drugs are new.',
    'He is in therapy.',
    'The treatment is new.',
    'He had a reaction.',
    'He had reactions.',
    'He is allergic.',
    'He has been on it.',
    'He stopped.',
    'He quit.',
    'He has withdrawal.',
    'He switched.',
  ])('when the post adds %j, then it is not read as a health post', (sentence) => {
    expect(tellsHealthPostOnly(`${POST} ${sentence}`, 0)).toBe(false);
  });

  it.each([
    'He became angry.',
    'He may become angry.',
    'He gained weight.',
    'He lost weight.',
    'His mood changed.',
    'His thirst increased.',
    'His appetite decreased.',
    'He experienced dizziness.',
    'He developed a tremor.',
    'Something caused it.',
    'It made me cry.',
    'It gave me hope.',
  ])('when the post adds the change %j, then it is not read as a health post', (sentence) => {
    expect(tellsHealthPostOnly(`${POST} ${sentence}`, 0)).toBe(false);
  });
});

describe('how long a health post is', () => {
  // 40 words exactly, one relative and no treatment.
  const forty =
    'My mother is seventy and for two years she has been forgetful and quiet and tired in the evenings and we are still waiting to hear back from the clinic about what happens next and what we should do now';
  const words = (text: string) => text.trim().split(/\s+/).length;

  it('when the post has 40 words, then it is long enough', () => {
    expect(words(forty)).toBe(40);
    expect(tellsHealthPostOnly(forty, 0)).toBe(true);
  });

  it('when the post has 39 words, then it is too short, with or without blanks around it', () => {
    const short = forty.replace(/ now$/, '');
    expect(words(short)).toBe(39);
    expect(tellsHealthPostOnly(short, 0)).toBe(false);
    expect(tellsHealthPostOnly(`${short}  \n`, 0)).toBe(false);
    expect(tellsHealthPostOnly(`  ${short}`, 0)).toBe(false);
  });
});

describe('what makes a post a health post', () => {
  // 42 words on the writer's own symptoms, with no doctor, test or relative.
  const plain =
    'For the past three weeks I have felt tired in the afternoons and my knees ache when I climb the stairs at work, and I wake up around four every night and cannot get back to sleep no matter what I try.';

  it('when the post names no doctor, test or relative, then it is not a health post (the control)', () => {
    expect(tellsHealthPostOnly(plain, 0)).toBe(false);
  });

  it.each([
    'The xray was normal.',
    'The x-ray was normal.',
    'The x-rays were normal.',
    'The scan was normal.',
    'The scans were normal.',
    'The blood work was normal.',
    'The bloodwork was normal.',
    'The result was normal.',
    'The results were normal.',
    'They diagnosed arthritis.',
    'No diagnosis yet.',
    'I was tested.',
    'My GP is away.',
    'Dr Lee is away.',
    'I had surgery.',
    'I am pregnant.',
    'My husband worries.',
  ])('when the post adds %j, then it is a health post', (sentence) => {
    expect(tellsHealthPostOnly(`${plain} ${sentence}`, 0)).toBe(true);
  });
});
