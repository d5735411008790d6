import { describe, expect, it } from 'vitest';
import { speaksOfMoneyWithoutMisuse, withdrawsMoney } from '../../src/classifier/local/money-without-misuse.ts';

// The money reading (local/money-without-misuse.ts) sets the model's safety answer aside on a routine text about
// money, and withdrawsMoney sets the guard's "withdrawal" aside as cash. Every word of misuse, of a breach or a legal
// complaint, of a person in danger and of care must keep a text OUT of them: such a text may report fraud or an
// event, and setting it aside would lose the report. Each case adds ONE such word to a text the reading otherwise
// takes (the control), so each word is checked on its own; the words the reading may set aside (a deed of the staff
// denied, a thought denied, staff asked for) are checked the other way round.
// Found by the targeted mutation run of 2026-12-07 (READINGS=money).

const BILL = 'i want to change the due date on my bill';
const CASH = 'my cash withdrawal is still pending';
const WITHDRAWAL = [{ term: 'withdrawal' }];

describe('a routine text about money with a word of misuse, of a complaint or of danger is not set aside', () => {
  it('when the text only asks for account work, then it reads as money without misuse (the control)', () => {
    expect(speaksOfMoneyWithoutMisuse(BILL)).toBe(true);
    expect(speaksOfMoneyWithoutMisuse(`${BILL}, thanks`)).toBe(true);
  });

  it.each([
    'someone is impersonating me', 'a caller pretended to be me', 'they used my name', 'they used my details',
    'they are using my identity', 'they use my info', 'a man uses my information', 'they used my social security number',
    'they used my ssn', 'they used my date of birth', 'a loan in my name', 'this is about privacy', 'it is private',
    'my personal data', 'my personal details', 'my personal information', 'my personal info', 'my data', 'my records',
    'my details were exposed', 'my details leaked', 'i spoke to a lawyer', 'my attorney says so', 'i will sue', 'i am suing',
    'a lawsuit', 'legal action', 'i will go to court', 'the regulator', 'the ombudsman', 'hipaa', 'the state board',
    'i want to report it', 'i want to complain', 'i lost it', 'my card was cloned', 'skimmed at a pump', 'a fake site',
    'counterfeit notes', 'they threatened me', 'a blackmail note', 'they harassed me', 'i am scared', 'i am afraid',
    'they will kill me', 'i could die', 'my dog is dying', 'i feel suicidal', 'i am hurting', 'this is an emergency',
    'the police', 'do not share it', 'you shared it', 'you sold it', 'you are selling it', 'you disclosed it',
    'without asking', 'without telling me', 'without consent', 'without permission', 'you gave out my number',
    'you gave away my number', 'you gave my number', 'it was emptied', 'it was drained', 'it was wiped', 'it was cleaned out',
    'it is not mine', 'it is not ours', 'it was not me', "it isn't mine", "it wasn't me", 'it is abroad', 'it is overseas',
    'in another country', 'in another city', 'in another state', "i don't know it", 'i dont recognise it', "i can't remember it",
    'i have no idea', 'i have no clue', 'i have no memory of it', 'while i was asleep', 'when we were away',
    'but i was at home', 'an incident', 'it was misdirected', 'it was misdelivered', 'the wrong person', 'the wrong customer',
    'the wrong name', "someone else's account",
  ])('when the text adds %j, then it is not read as money without misuse', (words) => {
    expect(speaksOfMoneyWithoutMisuse(`${BILL}, ${words}`)).toBe(false);
  });
});

const CARE_WORDS = [
  'doctor', 'doctors', 'hospital', 'hospitals', 'hospitalised', 'clinics', 'clinician', 'nurses', 'nursery', 'pharmacy',
  'pharmacies', 'pharmacist', 'prescription', 'prescriptions', 'prescribed', 'rx', 'refill', 'refills', 'medic', 'medical',
  'medication', 'meds', 'med', 'drug', 'drugs', 'pill', 'pills', 'tablet', 'tablets', 'dose', 'dosed', 'doses', 'vaccine',
  'vaccination', 'shot', 'shots', 'inject', 'injection', 'injected', 'surgery', 'treatment', 'therapy', 'symptom', 'symptoms',
  'side', 'effect', 'effects', 'reaction', 'reactions', 'pain', 'pains', 'painful', 'sick', 'sickness', 'ill', 'illness', 'fever',
  'rash', 'allergy', 'allergies', 'swell', 'swelling', 'dizzy', 'dizziness', 'nausea', 'nauseous', 'vomit', 'vomiting', 'bleed',
  'bleeding', 'blood', 'body', 'skin', 'head', 'headache', 'stomach', 'chest', 'heart', 'breath', 'breathing', 'feel', 'feeling',
  'felt', 'patient', 'baby', 'pregnant', 'pregnancy',
];

describe('a text about money or a cash withdrawal that speaks of care is not set aside', () => {
  it.each(CARE_WORDS)('when a bill text names "the %s", then it is not read as money without misuse', (word) => {
    expect(speaksOfMoneyWithoutMisuse(`${BILL}, the ${word}`)).toBe(false);
  });

  it('when a pending cash withdrawal names no care, then the withdrawal is cash (the control)', () => {
    expect(withdrawsMoney(CASH, WITHDRAWAL)).toBe(true);
    expect(withdrawsMoney(CASH, [{ term: 'Withdrawals' }])).toBe(true);
  });

  it.each(CARE_WORDS)('when a pending cash withdrawal names "the %s", then the withdrawal is not read as cash', (word) => {
    expect(withdrawsMoney(`${CASH}, the ${word}`, WITHDRAWAL)).toBe(false);
  });

  it.each(['a withdrawal at the cashpoint', 'a withdrawal at the cash point', 'a withdrawal at the cash machine', 'a withdrawal of one dollar', 'my cash withdrawal is pending today'])(
    'when the text says %j, then the withdrawal is cash',
    (text) => {
      expect(withdrawsMoney(text, WITHDRAWAL)).toBe(true);
    },
  );

  it('when the text names no cash, card, account or limit, then the withdrawal is not read as cash', () => {
    expect(withdrawsMoney('the withdrawal was hard', WITHDRAWAL)).toBe(false);
  });

  it.each([
    ['nothing set aside', []],
    ['another term set aside', [{ term: 'rash' }]],
    ['another term set aside beside it', [{ term: 'withdrawal' }, { term: 'rash' }]],
    ['a longer term that holds it', [{ term: 'drug withdrawal' }]],
    ['a term that opens with it', [{ term: 'withdrawal symptoms' }]],
  ])('when the guard set aside %s, then the withdrawal is not read as cash', (_what, suppressed) => {
    expect(withdrawsMoney(CASH, suppressed)).toBe(false);
  });
});

describe('the forms of a money word', () => {
  it.each([
    'how do i get a loan', 'can i get one dollar back', 'can i get $5 back', 'what is my userid', 'what is my username',
    'how much is the delivery charge', 'what is the withdrawal limit', 'what is my balance', 'i want to change my last name',
    'who is my adjuster', 'where is my top up', 'where is my topup', 'where is my top-up', 'what is the exchange rate',
    'where is my last transaction', 'i want to set up a standing order',
  ])(
    'when the text says %j, then it speaks of money',
    (text) => {
      expect(speaksOfMoneyWithoutMisuse(text)).toBe(true);
    },
  );

  it.each(['i have a balance problem', 'i have a balance issue', 'i have a balance problems', 'can i get $5k back'])(
    'when the text says %j, then it names no money',
    (text) => {
      expect(speaksOfMoneyWithoutMisuse(text)).toBe(false);
    },
  );
});

describe('words the money reading may set aside: staff asked for, a thought denied, a deed of the staff denied', () => {
  it.each([
    'can i get through to someone about my bill',
    'i want to speak directly to someone about my bill',
    'i have a problem with my bill',
    'i have problems with my bill',
    'someone who rearended me wants my insurance details, how do i file a claim',
    'someone who rear-ended me wants my insurance details, how do i file a claim',
    "i didn't think my bill would be this high",
    'i never realized the fee was due',
    'can someone call me back about my bill',
    'i want to add someone to my policy',
  ])('when the text says %j, then it is still money without misuse', (text) => {
    expect(speaksOfMoneyWithoutMisuse(text)).toBe(true);
  });

  it.each([
    "the agent didn't phone me back about my claim", 'the agent never phoned me about my claim',
    'the agent never replied about my claim', 'the agent did not respond about my claim',
    'the agent never responded about my claim', "the agent didn't answer about my claim",
    'the agent never answered about my claim', "the agent didn't return my call about my claim",
    'the agent never returned my call about my claim', "the agent didn't contact me about my claim",
    'the agent never contacted me about my claim', 'the agent never emailed me about my claim',
    "the agent didn't email me about my claim", 'the agent never e-mailed me about my claim',
    'the agent never followed up about my claim', 'the agent never sent the form for my claim',
    'the agent never sends me my statements', "the agent didn't send the form for my claim",
    'the agent never updated me about my claim', "the agent didn't update me about my claim",
    'the bank never processes my payments on time', 'the bank never fixed my statement', "the bank didn't fix my statement",
    'i am waiting because the adjuster never called me back about my claim', 'my claim handler never called me back',
    'my claims handler never called me back', 'you never called me back about my bill',
    'you guys never called me back about my bill',
  ])('when the staff did not act (%j), then it is a complaint about service, not a charge denied', (text) => {
    expect(speaksOfMoneyWithoutMisuse(text)).toBe(true);
  });

  it('when the customer denies a deed of their own, then a misuse may be told and it is not set aside', () => {
    expect(speaksOfMoneyWithoutMisuse('i never made this payment on my bill')).toBe(false);
    expect(speaksOfMoneyWithoutMisuse("i didn't make this payment on my bill")).toBe(false);
  });
});
