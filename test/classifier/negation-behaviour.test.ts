import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NON_SERIOUS_DUE, createReporter } from '../support/safety-report.ts';

// The keyword classifier of the test app says "informational" or "service_action" for every message
// below (no "rash", "swell" or "overdose" in them): a safety case opens only when the guard fires.
let reporter: Awaited<ReturnType<typeof createReporter>>;
beforeAll(async () => {
  reporter = await createReporter();
});
afterAll(async () => {
  await reporter.close();
});

const REPORTED = { category: 'safety_compliance', action: 'open_safety_case', serious: false, criteria: [], due: NON_SERIOUS_DUE };
const REFILL_TICKET = { category: 'service_action', action: 'create_ticket', serious: null, criteria: [], due: null };

describe('a negation reaches only a few words', () => {
  it.each([
    // "never" is 7 counted words before "swollen face": too far to deny it.
    ['I never expected the new pills would leave me with a swollen face'],
    // Five words of a list are denied, the sixth is not ("no hives, itching, ... or nausea").
    ['no hives, itching, dizziness, headache, cough or nausea on amoxicillin, refill please'],
    // A sentence end or a contrast ends the negation.
    ['No fever. Hives all over after the amoxicillin'],
    ['no fever but hives all over after the amoxicillin'],
    // A comma with no "or/and" closing a list starts a new statement: the hives are reported.
    ['No fever, hives all over after the amoxicillin'],
    ['no fever, my arms itch all over since the amoxicillin'],
    // Only the next few words after the term can close the list, and never past a stopper ("after").
    ['No fever, hives everywhere on the amoxicillin course the doctor gave us last week and a refill please'],
    ['No fever, hives all over after the amoxicillin and a refill please'],
    // A sentence end right after the term closes nothing: the "and" of the next sentence does not make a list.
    ['No fever, hives. And a refill of the amoxicillin please'],
  ])('when the symptom is beyond a negation (%j), then a non-serious safety case opens, due in 90 days', async (message) => {
    expect(await reporter.report(message)).toEqual(REPORTED);
  });

  it.each([
    ['no hives, itching, dizziness, headache or nausea on amoxicillin, refill please'],
    // A list closed by a conjunction is denied as a whole, with or without the serial comma.
    ['no nausea, dizziness, or headache with the amoxicillin, refill please'],
    ['no itching, hives and no nausea with the amoxicillin, refill please'],
    // The same list further into the message (its position does not change the reading).
    ['About the amoxicillin prescription from last month: no itching, hives and no nausea, refill please'],
    ['never got itchy red bumpy hives on amoxicillin refill please'],
    // Filler words do not count: "not a single", "not that kind of", and each one below (five counted words each).
    ['not a single hive on amoxicillin, refill please'],
    ['not that kind of hives, refill my amoxicillin please'],
    ['no itching dizziness nausea diarrhea or any vomiting on amoxicillin, refill please'],
    ['no itching dizziness nausea diarrhea or the vomiting on amoxicillin, refill please'],
    ['no itching dizziness nausea diarrhea or an itchy throat on amoxicillin, refill please'],
    ['no itching dizziness nausea diarrhea or any sort of vomiting on amoxicillin, refill please'],
    ['no itching dizziness nausea diarrhea or any type of vomiting on amoxicillin, refill please'],
    ['no itching dizziness nausea diarrhea or that kind of vomiting on amoxicillin, refill please'],
    ['no itching dizziness nausea diarrhea or a hive on amoxicillin, refill please'],
    ['no itching dizziness nausea diarrhea or a single hive on amoxicillin, refill please'],
    ['no itching dizziness nausea diarrhea or any real vomiting on amoxicillin, refill please'],
    ['no itching dizziness nausea diarrhea or any such vomiting on amoxicillin, refill please'],
    // The conjunction closing the list may stand up to 40 characters after the term ("and" ends at the 40th here).
    ['No fever, hives anywhere on the backs of both hands and feet with the amoxicillin, refill please'],
    // Two negations: the nearer one decides ("never any hives"), not a farther one out of reach.
    ['Nothing wrong with the pharmacy staff or delivery times, never any hives on amoxicillin, refill please'],
  ])('when every symptom is within reach of the negation (%j), then it is a refill ticket, not a safety case', async (message) => {
    expect(await reporter.report(message)).toEqual(REFILL_TICKET);
  });
});

describe('phrases that only look negative do not deny the symptom', () => {
  it.each([
    ['No doubt the amoxicillin gave me hives'],
    ['No idea why hives showed up after the amoxicillin'],
    ['no one warned me about hives on amoxicillin'],
    ['Not sure why hives showed up after the amoxicillin'],
    ["I don't know why hives showed up after the amoxicillin"],
    ["I can't stop itching since the amoxicillin"],
    ['sin embargo me salieron ronchas con la amoxicilina'],
  ])('when the message says %j, then a safety case opens', async (message) => {
    expect(await reporter.report(message)).toEqual(REPORTED);
  });
});

describe('every spelling of a denial denies the symptom', () => {
  it.each([
    ['I have not had hives, refill my amoxicillin please'],
    ['I did not get hives, refill my amoxicillin please'],
    ["I haven't had any hives on the amoxicillin, refill please"],
    ['I havent had any hives on the amoxicillin, refill please'],
    ['he hasnt had any hives on the amoxicillin, refill please'],
    ["I don't get hives, refill my amoxicillin please"],
    ["we won't get hives, refill my amoxicillin please"],
    ["ain't got hives, refill my amoxicillin please"],
    ["I couldn't get hives from it, refill my amoxicillin please"],
    ['I wouldnt say hives, refill my amoxicillin please'],
    ['no hives, refill my amoxicillin please'],
    ['never hives, refill my amoxicillin please'],
    ['nothing like hives on the amoxicillin, refill please'],
    ['denies hives on amoxicillin, refill please'],
    ['free of hives on amoxicillin, refill please'],
    ['nope no hives on the amoxicillin refill please'],
    // Spanish, French and Portuguese negators in each gender.
    ['ningún mareo con la amoxicilina, refill my amoxicillin please'],
    ['ninguna roncha con la amoxicilina, refill my amoxicillin please'],
    ['aucun vertige avec amoxicilline, refill my amoxicillin please'],
    ['aucune nausee avec amoxicilline, refill my amoxicillin please'],
    ['nenhum enjoo com a amoxicilina, refill my amoxicillin please'],
    ['nenhuma tontura com a amoxicilina, refill my amoxicillin please'],
    // No space between the negation and the symptom in Chinese.
    ['没有头晕, refill my amoxicillin please'],
    // A negative answer right after the symptom.
    ['hives: none, refill my amoxicillin please'],
    ['hives:none, refill my amoxicillin please'],
    ['hives: no, refill my amoxicillin please'],
  ])('when the message says %j, then it is a refill ticket, not a safety case', async (message) => {
    expect(await reporter.report(message)).toEqual(REFILL_TICKET);
  });

  it.each([['since I started amoxicillin, hives: none'], ['since I started amoxicillin, hives : none'], ['since I started amoxicillin, hives - no']])(
    'when a form-style answer says no right after the symptom (%j), then no safety case opens',
    async (message) => {
      expect(await reporter.report(message)).toMatchObject({ serious: null, due: null });
    },
  );

  it('when a negative answer belongs to the next symptom ("hives, fever: no"), then the first one is still reported', async () => {
    expect(await reporter.report('hives, fever: no, after the amoxicillin')).toEqual(REPORTED);
  });

  it('when a Spanish message denies the symptom ("sin ronchas"), then no safety case opens', async () => {
    expect(await reporter.report('sin ronchas con la amoxicilina, necesito un resurtido')).toMatchObject({ category: 'informational', serious: null, due: null });
  });
});

describe('an exception ends a negation ("no side effects other than ...")', () => {
  it.each([
    ['on the sertraline now: no side effects other than a dry mouth'],
    ['on the amoxicillin, no side effects besides the occasional headache'],
    ['with the metformin no problems apart from mild nausea'],
    ['on lisinopril no issues aside from the dizziness'],
    ['no tuve ningún problema con la metformina aparte de náuseas'],
  ])('when the symptom is named as the exception (%j), then a safety case opens', async (message) => {
    expect(await reporter.report(message)).toMatchObject({ category: 'safety_compliance', action: 'open_safety_case' });
  });

  it('when the symptom itself is denied and no exception follows, then no safety case opens', async () => {
    expect(await reporter.report('no dry mouth on the sertraline, refill please')).toMatchObject({ serious: null, due: null });
  });
});
