import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

// How the guard judges one match (src/classifier/safety/judge.ts): the rules whose loss would silently
// drop a report, found by mutation testing (#18). A signal here opens a safety case.
const signals = (text: string) => scanSafety(text).signals.map((s) => `${s.kind}:${s.term}`);

describe('a report is not mistaken for a general question', () => {
  it.each([
    // The word said of oneself, with no question around it.
    ['zoloft made me suicidal', ['self_harm:suicidal']],
    // A question about the topic, then the sender's own experience after it.
    ["can zoloft make you suicidal? I've been having those thoughts", ['self_harm:suicidal']],
    // "never" four words before an event phrase belongs to "thought", not to the event.
    ['I never thought we would get the wrong pills', ['medication_error:wrong pills']],
    // A contrast ends the question: the second "tired" is what the sender has.
    ['the metformin might make me tired but this is way more than tired', ['adverse_event:tired']],
    // A "could be" after a symptom the sender has is a guess at its cause, not a general statement.
    ['I have a rash that could be from the amoxicillin', ['adverse_event:rash']],
    ['I got a rash that may be from the amoxicillin', ['adverse_event:rash']],
    // Words general by nature ("side effects", "reaction") with an experience cue.
    ['I have been having side effects from the metformin', ['adverse_event:side effects']],
    ['my husband has had a reaction to the new metformin dose', ['adverse_event:reaction']],
    // A review-style list of side effects, with no medicine named and no question.
    ['Appetite loss, dry mouth and insomnia.', ['adverse_event:Appetite loss', 'adverse_event:dry mouth', 'adverse_event:insomnia']],
    // "could no longer", "can not": an ability lost, told as a fact, is no modal of a general question.
    ['since the new pill I could no longer have orgasms', ['adverse_event:could no longer have orgasms']],
    // "something for the rash" names what a medicine would treat, unless the rash is told right after.
    ['can you recommend something for the rash I got from the amoxicillin', ['adverse_event:rash']],
  ])('when the message says %j, then the guard fires %j', (text, expected) => {
    expect(signals(text)).toEqual(expected);
  });

  it.each([
    ['I read that antidepressants can make young people suicidal'],
    ['a rash can be serious, right?'],
    ['ankle swelling is common with amlodipine?'],
  ])('when the message talks about a symptom in general (%j), then nothing fires', (text) => {
    expect(scanSafety(text)).toMatchObject({ fired: false, signals: [], suppressed: [expect.objectContaining({ reason: 'general_question' })] });
  });

  it.each([
    ['my doctor prescribed gabapentin for nerve pain, how does it work?', 'pain'],
    ['The erythromycin was prescribed for cystic acne.', 'acne'],
  ])('when a symptom with a word before it is what a medicine is for (%j), then nothing fires', (text, term) => {
    expect(scanSafety(text)).toMatchObject({ fired: false, signals: [], suppressed: [expect.objectContaining({ term, reason: 'indication' })] });
  });

  it('when the writer tells a standing condition and then asks what to take ("i have high blood pressure, can i take sudafed?"), then the condition is why they ask', () => {
    expect(scanSafety('i have high blood pressure, can i take sudafed for my cold?')).toMatchObject({
      fired: false,
      suppressed: [expect.objectContaining({ term: 'high blood pressure', reason: 'indication' })],
    });
  });

  it('when a medicine is named before the symptom and the treatment question ("i\'m on lisinopril and have a cough, can i take robitussin?"), then the symptom may be its reaction and fires', () => {
    expect(signals("i'm on lisinopril and have a cough, can i take robitussin?")).toEqual(['adverse_event:cough']);
  });

  it('when the only medication word says there is none ("no medications"), then a common complaint has no medicine to tie it to', () => {
    const text = 'I have been having headaches every morning for a month. I am 32, female, no medications. Should I see a neurologist?';
    expect(scanSafety(text)).toMatchObject({ fired: false, signals: [], suppressed: [expect.objectContaining({ term: 'headaches', reason: 'no_medication' })] });
    expect(signals('not on any meds and I get headaches')).toEqual([]);
    expect(signals('My mom gets headaches every day, she does not take any prescription pills')).toEqual([]);
  });

  it.each([
    'I could not take any more pills, the headaches were constant',
    'I take no medications except metformin and I have a headache every day',
    'headaches every day since the new pills',
  ])('when a medication word is there and not denied (%j), then a common complaint still fires', (text) => {
    expect(scanSafety(text).fired).toBe(true);
  });

  it('when "for" starts a length of time before a symptom ("on lisinopril for two weeks and my cough"), then the symptom still fires', () => {
    expect(signals('I have been on lisinopril for two weeks and my cough is terrible')).toEqual(['adverse_event:cough']);
    expect(signals('took the amoxicillin for days headache every morning')).toEqual(['adverse_event:headache']);
  });

  it.each([
    ['the new pills made me so sluggish all day', 'sluggish'],
    ['c diff after the clindamycin', 'c diff'],
    ['damaged liver from the methotrexate', 'damaged liver'],
  ])('when a review word for a side effect stands with a medicine (%j), then it fires', (text, term) => {
    expect(signals(text)).toEqual([`adverse_event:${term}`]);
  });

  it.each([
    ['What are the treatments for Suicide and suicidal behavior ?'],
    ['how to prevent suicide in teens'],
  ])('when self-harm is asked about as an encyclopedia would (%j), then nothing fires', (text) => {
    expect(scanSafety(text)).toMatchObject({ fired: false, signals: [] });
  });

  it('when the writer says after such a question that they have the thoughts, then it fires', () => {
    expect(signals('what are the treatments for suicidal thoughts, i have been having them every night')).toEqual(['self_harm:suicidal']);
  });

  it('when a symptom only names what a medicine is for ("medicine for my headache"), then nothing fires', () => {
    expect(scanSafety('I need medicine for my headache')).toMatchObject({ fired: false, signals: [], suppressed: [expect.objectContaining({ reason: 'indication' })] });
  });
});

describe('the scanner reads phrases that start with a digit', () => {
  it.each([
    ['50 mg tablets but the prescription says 25 mg', ['medication_error:50 mg tablets but the prescription']],
    ['50mg instead of 25mg of my sertraline', ['medication_error:50mg instead of']],
  ])('when a dispensing error starts with the strength (%j), then the guard fires %j', (text, expected) => {
    expect(signals(text)).toEqual(expected);
  });
});

describe('a symptom asked about with no product is a health question, whatever its group', () => {
  it.each([
    // "symptoms" is a word general by nature (needs a cue): asked about with nothing to react to.
    ['What if I keep getting the same symptoms again ?'],
    ['Is there anything else you can do to help with the symptoms I am having'],
  ])('when %j asks and names no medicine, then nothing fires', (text) => {
    expect(signals(text)).toEqual([]);
    expect(scanSafety(text).suppressed.map((s) => s.reason)).toContain('no_medication');
  });

  it.each([
    // A medicine named: the symptom may be its reaction.
    ['Since the new pills I get headaches, is that normal?', ['adverse_event:headaches']],
    // Words that name a drug's harm by themselves stay reports when asked about.
    ['my side effects are back, is that normal?', ['adverse_event:side effects']],
    // The same symptom told, not asked: the guard's other rules decide as before.
    ['I have the same symptoms again since I switched to the generic', ['adverse_event:symptoms']],
  ])('when %j, then it still fires', (text, expected) => {
    expect(signals(text)).toEqual(expected);
  });
});

describe("consumers' words for what a medicine did", () => {
  it.each([
    ['effexor withdrawal is no joke', 'withdrawal'],
    ['this seroquel knocks me out for 14 hours', 'knocks me out'],
    ['grinding my teeth all night on the adderall', 'grinding my teeth'],
    ['prednisone gave me moon face', 'moon face'],
    ['feel so flat on lexapro', 'so flat'],
    ['i got addicted to the oxycodone pills', 'got addicted'],
    ['I started sertraline last week and I feel more anxious, does that go away?', 'more anxious'],
    ['since the zoloft i am constantly anxious', 'constantly anxious'],
    ['since starting the zoloft i dont get hungry', "dont get hungry"],
    ['on the new pills i fell asleep at the wheel', 'fell asleep at the wheel'],
    ['a big change in my bowel movements since the metformin', 'change in my bowel movements'],
  ])('when %j names a medicine, then it fires', (text, term) => {
    expect(signals(text)).toContain(`adverse_event:${term}`);
  });

  it.each([
    ['the nicotine patch helped, no withdrawal from nicotine at all'],
    ['play addicted to you by avicii'],
    ["i'm hungover, can we book the table for 9 instead"],
    ['the app gave me a flat fee for the prescription'],
    ["i'm so anxious about starting my new meds, what should i expect?"],
  ])('when %j uses such a word for something else, then nothing fires', (text) => {
    expect(signals(text)).toEqual([]);
  });
});

describe('what a medicine is for, named in a list or as a diagnosis', () => {
  const reasons = (text: string) => scanSafety(text).suppressed.map((s) => `${s.term}:${s.reason}`);

  it.each([
    ['I was prescribed Zoloft for depression and anxiety.', 'anxiety'],
    ['zoloft for acne, rosacea and headaches', 'headaches'],
    ['i take it for my back pain and headaches', 'headaches'],
    ['I was diagnosed with generalized anxiety disorder in 2010.', 'anxiety'],
    ['I took alprazolam for 3 months for severe anxiety/depression.', 'depression'],
    ['it helped with my neck pain and headaches', 'headaches'],
  ])('when %j, then %s is what the medicine treats, not an event', (text, term) => {
    expect(signals(text)).toEqual([]);
    expect(reasons(text)).toContain(`${term}:indication`);
  });

  it.each([
    ['I took lexapro for my anxiety and headaches started the next day', 'adverse_event:headaches'],
    ['I was on zoloft for depression and insomnia was terrible', 'adverse_event:insomnia'],
    ['I started paxil for panic and dizziness hit me hard', 'adverse_event:dizziness'],
    ['I took it for my anxiety and i got headaches', 'adverse_event:headaches'],
  ])('when %j goes on with a verb after the second word, then it is an event', (text, signal) => {
    expect(signals(text)).toContain(signal);
  });

  it.each([
    ['I took it for a week and anxiety got worse'],
    ['I took it for 3 days, headaches started'],
  ])('when %j joins a length of time, then the word is not read as what the medicine is for', (text) => {
    expect(reasons(text).some((r) => r.endsWith(':indication'))).toBe(false);
  });

  it.each([
    // A list after no word of what a medicine is for: each symptom is an event.
    ['since the new pills i get a rash and hives.', 'adverse_event:hives'],
    ['since the new pills i get really bad acne and hives.', 'adverse_event:hives'],
  ])('when %j lists symptoms after no indication cue, then the last of them is an event', (text, signal) => {
    expect(signals(text)).toContain(signal);
  });

  it('when the first word of a list is four words after its cue, then the list still names what the medicine is for', () => {
    // "very bad chronic acne": four words before the conjunction, the longest conjunct read.
    expect(reasons('zoloft for very bad chronic acne and hives')).toContain('hives:indication');
    expect(reasons('zoloft for mild acne and hives')).toEqual(expect.arrayContaining(['hives:indication', 'acne:indication']));
  });
});

describe('a conjunct of time, a pronoun or a verb is no condition a medicine is for', () => {
  const reasons = (text: string) => scanSafety(text).suppressed.map((s) => `${s.term}:${s.reason}`);
  it.each([
    'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'night', 'nights', 'while', 'bit', 'time', 'ages',
  ])('when "for a %s and" comes before the symptom, then the symptom is not read as what the medicine is for', (word) => {
    expect(reasons(`i took the pills for a ${word} and nausea.`)).not.toContain('nausea:indication');
  });

  it.each(['now', 'then', 'it', 'me', 'him', 'them', 'us', 'you', 'he', 'she', 'we', 'they', 'got', 'get', 'gets', 'have', 'has', 'had', 'was', 'were', 'is', 'am', 'are', 'feel', 'felt', 'started', 'began', 'became'])(
    'when the conjunct holds "%s", then the symptom after it is not read as what the medicine is for',
    (word) => {
      expect(reasons(`the pills for ${word} and nausea.`)).not.toContain('nausea:indication');
    },
  );

  it.each(['and', 'or', 'but', 'so', 'since', 'for', 'with', 'in', 'that', 'which', 'disorder', 'disorders', 'attack', 'attacks', 'problem', 'problems', 'issue', 'issues', 'symptom', 'symptoms'])(
    'when "%s" follows the last word of the list, then the list still names what the medicine is for',
    (word) => {
      expect(reasons(`zoloft for depression and anxiety ${word} x.`)).toContain('anxiety:indication');
    },
  );
});
