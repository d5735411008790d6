import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';

const kinds = (text: string) => scanSafety(text).signals.map((s) => s.kind);

// Kinds of text real people write (issue #11, LABELING.md "hard kinds"): what the guard decides.
describe('scanSafety: review-style side-effect statements', () => {
  it.each([
    'Appetite loss, dry mouth and insomnia.',
    'sexual disfunction, some weight gain.',
    'Mild drowsiness. Emotionalism.',
    'Sometimes, extreme drowsiness.',
    'loss of appetite and lethargy.',
    'my side effect was some depression and weight gain.',
    'The one side effect is that I lie awake at night when I want to sleep.',
    "some constipation is the one side effect I've had.",
    'side effects were a sore stomach, poor sleep if taken late, a better mood and more energy.',
    'decreased sex drive',
    'Dry mouth',
    'Drowsiness.',
    'Insomnia for the first few days.',
    'Upset stomach',
    'Tiredness',
    'Dry lips, red skin for the first weeks.',
    'increased urination; increased thirst;',
    'Mild stomach discomfort.',
    'Dry skin for the first days.',
    'Broken sleep is the one side effect I have had.',
    'Less appetite and some weight loss. Taken late in the day it can keep me awake.',
  ])('when a patient states side effects without naming the drug (%s), then it fires as an adverse event', (text) => {
    expect(kinds(text)).toContain('adverse_event');
  });

  it.each([
    'what are the side effects of metformin?',
    'side effects are listed on the leaflet',
    'There were no noticeable side effects.',
    'I have insomnia, what can I take?',
    'Dry mouth?',
    'I have a headache',
    'my son has a fever',
    'weight gain but it works',
    'headache remedies for kids',
    'is weight gain a side effect of zoloft',
    'is headache the only side effect?',
    'is weight gain and drowsiness common with sertraline?',
    'do you sell something for dry mouth and insomnia',
    'is there anything for my constant itching?',
    'none that I noticed',
  ])('when the words come as a question, a negation, a person’s own symptom in a sentence or a treatment request (%s), then it does not fire', (text) => {
    expect(scanSafety(text).fired).toBe(false);
  });
});

describe('scanSafety: a list of side effects, then a "but" that credits the medicine', () => {
  it.each([
    'zero energy, weight gain, brain fog, but it keeps my moods level',
    'Nausea, dizziness, but worth it',
    'dry mouth and insomnia, but overall it helped my depression',
  ])('when the symptoms before the "but" make a list (%s), then it fires as an adverse event', (text) => {
    expect(kinds(text)).toContain('adverse_event');
  });

  it.each([
    'my cough and fever, but the doctor says it is viral',
    'I have a headache and a cough but it is getting better',
    'weight gain but it works',
  ])('when the "but" credits no medicine or one symptom stands alone (%s), then it does not fire', (text) => {
    expect(kinds(text)).not.toContain('adverse_event');
  });
});

describe('scanSafety: case-report sentences', () => {
  it.each([
    'a 45-year-old man developed hepatitis two weeks after starting isoniazid',
    'A 62-year-old woman developed severe neutropenia following treatment with clozapine.',
    'We report a case of hepatotoxicity associated with the use of isoniazid.',
  ])('when a clinical sentence tells of an event in a patient (%s), then it fires as an adverse event', (text) => {
    expect(kinds(text)).toContain('adverse_event');
  });

  it('when the same words are asked about in general, then it does not fire', () => {
    expect(scanSafety('can hepatitis happen after the start of isoniazid?').fired).toBe(false);
  });

  it('when a case report names no medicine, vaccine or device, then the frame alone does not fire', () => {
    expect(scanSafety('We report a case of sarcoidosis.').fired).toBe(false);
  });
});

describe('scanSafety: cards and charges', () => {
  it.each([
    "I don't recognise this charge on my card",
    'there is a payment I did not make',
    'what is this 49.99 charge, I never bought that',
    'my card was stolen',
    'my wallet was stolen with my card in it, block it',
    'someone took money from my account',
    'I lost my debit card and someone withdrew $300 at the atm before I could cancel it',
    'Hi, someone transferred $500 out of my account. Can you help me?',
    'somebody stole $500 from me!',
    'Money is being taken from my account and it is not me',
    "I'm missing $500 from my account",
    'I have noticed some suspicious activity on my bank account?',
    'please block my stolen credit card',
    'it was a 40 charge and it is not mine, I would like it removed',
    'there is a charge on my card that i dont recognize',
    'I think someone stole my debit card and they already took out $300',
    'Someone stole my hard earned cash.',
  ])('when the customer did not make a charge, money left the account through someone else, or a card was stolen (%s), then it fires as fraud', (text) => {
    expect(kinds(text)).toContain('fraud');
  });

  it.each([
    'I lost my card, can you send a new one?',
    'I was charged twice for my refill last week, please refund one',
    'the payment i made yesterday did not go through',
    'how do I transfer money from my savings account',
    'someone transferred 50 dollars to my account by mistake, can I keep it?',
    'somebody took 300 mg',
    'how do I report a lost card',
    'they took out 2 teeth',
    'she took 2 pills',
  ])(
    'when a card is lost, a charge the customer made went wrong, or money moves the usual way (%s), then it does not fire',
    (text) => {
      expect(scanSafety(text).fired).toBe(false);
    },
  );
});

describe('scanSafety: asking to know your own record', () => {
  it('when the customer wants to know their own claim status, then it is no privacy breach; when others knew, it is', () => {
    expect(scanSafety('i wants to know my claim status').fired).toBe(false);
    expect(kinds('my boss knew about my HIV status')).toContain('privacy_breach');
  });
});

describe('scanSafety: a symptom a treatment is asked for or credited with', () => {
  it.each([
    'will the antibiotic help the fever?',
    'Is there a muscle relaxer I can take to at least alleviate the pain?',
    'This medication provided me with total relief from heartburn.',
    'Any pain killers that could take for the night to ease the discomfort?',
    'Okay and what do you recommend over the counter for stomach cramps or nausea',
    'Would you suggest Allegra 24 or 12 hours for hives',
    'Could I do 2 tablets of fluconazole because the yeast infection is pretty severe',
  ])('when the symptom is what the medicine should help or helped (%s), then it does not fire', (text) => {
    expect(scanSafety(text).fired).toBe(false);
  });

  it.each(['the new pill gave me hives', 'it did not help my rash, the rash got worse since the new cream', 'is there anything i can take for the rash i got from the amoxicillin'])(
    'when the medicine is blamed for a symptom (%s), then it still fires',
    (text) => {
      expect(kinds(text)).toContain('adverse_event');
    },
  );
});

describe('scanSafety: money stolen in everyday words', () => {
  it.each([
    'Well, I need help. Someone is stealing my money.',
    'They stole $500 from me!',
    'It was from my bank informing me of suspicious activity.',
    'I just got a text about a 500 credit purchase? I didn\'t make any purchases today',
    'look, someone can transfer $10 around in my account and I need some help',
    'Missing money. Possible theft.',
    'block my card, someone used it at a gas station',
    'Just my luck, somebody ripping me off.',
    'My uncle recently had someone steal some from his account.',
    'Hopefully the bank will be able to refund what is stolen.',
  ])('when the customer says money was taken or misused (%s), then fraud fires', (text) => {
    expect(kinds(text)).toContain('fraud');
  });

  it.each(['how do I report suspicious activity in general?', 'I lost my credit card, can you send a new one', 'I took 500 mg of ibuprofen', 'can someone take the $40 copay from my account'])(
    'when nothing was taken (%s), then fraud does not fire',
    (text) => {
      expect(kinds(text)).not.toContain('fraud');
    },
  );
});

describe('scanSafety: a symptom a medicine made better (review praise)', () => {
  it.each([
    'Prozac helped my depression a lot.',
    'Within two days of starting this drug the pain went away.',
    'Anxiety eased a lot soon after taking alprazolam.',
    'Accutane completely cured my acne.',
    'The ativan reduced my panic attacks so I could sleep.',
  ])('when the medicine is credited with the symptom getting better (%s), then it does not fire', (text) => {
    expect(scanSafety(text).fired).toBe(false);
    expect(scanSafety(text).suppressed.map((s) => s.reason)).toContain('indication');
  });

  it.each([
    'my rash went away after I stopped taking it',
    'the hives cleared up once I came off the amoxicillin',
    'Lexapro significantly lowered my sex drive',
    'Lexapro reduced my appetite and my libido',
    'it helped my acne but gave me a terrible rash',
  ])('when the symptom ended only when the medicine stopped, a function was lost, or another symptom is blamed (%s), then it still fires', (text) => {
    expect(kinds(text)).toContain('adverse_event');
  });
});

describe('scanSafety: review words of side effects and a brush with death', () => {
  it.each([
    'Loss of energy.',
    'stomach slightly upset',
    'The drug upset my stomach a little.',
    'Difficulty reaching orgasm at all.',
    'Thinning of the skin where I applied the cream.',
    'Lipitor caused my liver enzymes to become elevated.',
    'I almost died.',
    'Stop the metformin refills, my doctor said it damaged my kidneys',
    'I almost died after taking the new pills',
    'No libido',
    'my appetite increases.',
    'My joints seemed to lock.',
    'Hear clicking noises in my eras.',
    'The drug effected my breathing.',
    'Erectile function seemed to be somewhat affected by this drug.',
    'On Lyrica I have put on some weight',
    'I became extremely pale.',
  ])('when a patient states the effect (%s), then it fires', (text) => {
    expect(kinds(text)).toContain('adverse_event');
  });

  it.each([
    'my phone almost died on the way to the pharmacy',
    'is dry skin common with accutane?',
    'what are the side effects, does it dry out the skin?',
    'no libido issues at all',
    'how will this drug affect my kidneys?',
  ])(
    'when nothing happened to a person or the effect is asked about in general (%s), then it does not fire',
    (text) => {
      expect(scanSafety(text).fired).toBe(false);
    },
  );
});

describe('scanSafety: "sí" (yes) is not "si" (if)', () => {
  it.each(['Sí, ronchas desde la amoxicilina', 'Sí. Ronchas desde la amoxicilina'])('when the answer opens with "sí" (%s), then the symptom after it is reported', (text) => {
    expect(kinds(text)).toContain('adverse_event');
  });

  it('when "si" (if) opens a hypothetical, then the cue right after it stays hypothetical', () => {
    expect(scanSafety('si ronchas desde la amoxicilina, que hago').fired).toBe(false);
  });
});

describe('scanSafety: something in the product that should not be there', () => {
  it.each(['Cancel my order, I found glass in the last bottle', 'there was a piece of plastic in one of the capsules', 'metal shards in my insulin pen'])(
    'when the customer found a foreign object in the product (%s), then product quality fires',
    (text) => {
      expect(kinds(text)).toContain('product_quality');
    },
  );
});
