import { describe, expect, it } from 'vitest';
import { createLocalClassifier, OUT_OF_DOMAIN_SAFETY_CEILING, secondStage, STATEMENT_SAFETY_FLOOR } from '../../src/classifier/local/local-classifier.ts';
import { decide } from '../../src/triage/decide.ts';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { isCommandTurn } from '../../src/classifier/local/command-turn.ts';

// The local model's second stage (issue #11): the guard's reading of the grammar settles what the
// model's words cannot, a question that reports nothing and a bare statement of side effects.
describe('local classifier second stage: questions that report nothing', () => {
  it.each([
    'Any thoughts on a mild muscle relaxant?',
    'Could a sinus infection cause loss of taste and smell?',
    'is doxycycline different than cipro?',
  ])('when the model says safety on a question the guard finds no event in (%s), then the model’s next category answers', (text) => {
    expect(secondStage(text, 'safety_compliance', 0.9)).toBe('asks_health');
  });

  it.each([
    'I took two doses by mistake, is that dangerous?',
    'my face is swelling since the new pills, should I stop them?',
    'I want to kill myself, can you help?',
  ])('when the question itself tells of an event (%s), then the safety answer stands', (text) => {
    expect(secondStage(text, 'safety_compliance', 0.9)).toBeUndefined();
  });

  it('when the same words come without a question mark (a voice transcript), then one short sentence opening with a question word is still a question', () => {
    expect(secondStage('any thoughts on a mild muscle relaxant', 'safety_compliance', 0.9)).toBe('asks_health');
  });

  it('when a spoken text without a question mark runs on past one sentence, then the safety answer stands', () => {
    expect(secondStage('any thoughts on this. my back has been stiff for weeks', 'safety_compliance', 0.9)).toBeUndefined();
  });

  it('when a question is demoted, then the answer says why, keeps safety as the runner-up and asks for human review', async () => {
    const classifier = createLocalClassifier();
    const text = 'Thoughts on switching to a stronger opioid?';
    const raw = classifier.explain(text);
    // The shipped model leans to safety here: the premise of the test.
    expect(raw.best).toBe(2);
    const answer = await classifier.classify({ text, channel: 'chat' });
    expect(answer.category).not.toBe('safety_compliance');
    expect(answer.secondary_category).toBe('safety_compliance');
    expect(answer.reasoning).toContain('a question with no event the safety guard can find');
    expect(answer.confidence).toBeLessThan(0.5);
    const decision = decide({ classification: answer, fallback: false } as never, scanSafety(text), { confidenceThreshold: 0.6, reviewMargin: 0.15 });
    expect(decision.category).toBe(answer.category);
    expect(decision.requires_human_review).toBe(true);
  });
});

describe('local classifier second stage: bare statements of symptoms', () => {
  it.each([
    'My stomach got upset whenever I took it without a meal',
    'knee tenderness',
    'Now and then I feel a bit more tired when I skip a day.',
  ])('when a statement names a symptom the guard cannot tie to a medicine and the model gives safety at least the floor (%s), then it is read as a report', (text) => {
    expect(secondStage(text, 'informational', STATEMENT_SAFETY_FLOOR)).toBe('promoted');
  });

  it('when the model gives safety less than the floor, then the model’s answer stands', () => {
    expect(secondStage('knee tenderness', 'informational', STATEMENT_SAFETY_FLOOR - 0.01)).toBeUndefined();
  });

  it.each([
    'knee tenderness?',
    'I want to pick up my refill on Thursday',
    'headache remedies for kids',
  ])('when it is a question, names no symptom, or the guard reads the symptom as a purpose (%s), then the model’s answer stands', (text) => {
    expect(secondStage(text, 'informational', 0.45)).toBeUndefined();
  });

  it('when a statement is promoted, then the answer is safety_compliance with the model’s own safety probability and says why', async () => {
    const classifier = createLocalClassifier();
    // Since model 2-* (session 16, naive Bayes half) "my back hurts" is safety by the model alone; this one is not.
    const text = 'my knee is sore';
    const raw = classifier.explain(text);
    // The premise: the shipped model alone answers something else and gives safety at least the floor.
    expect(raw.best).not.toBe(2);
    expect(raw.probabilities[2]!).toBeGreaterThanOrEqual(STATEMENT_SAFETY_FLOOR);
    const answer = await classifier.classify({ text, channel: 'chat' });
    expect(answer.category).toBe('safety_compliance');
    expect(answer.confidence).toBeCloseTo(raw.probabilities[2]!, 3);
    expect(answer.reasoning).toContain('a statement of symptoms');
  });
});

describe('local classifier second stage: text with nothing of care or money in it', () => {
  it.each(['Alert me at 0500 hrs', 'the living room lights to red', 'lights brighter'])(
    'when the model says safety below the ceiling on a text with no word of care or money (%s), then the model’s next category answers',
    (text) => {
      expect(secondStage(text, 'safety_compliance', OUT_OF_DOMAIN_SAFETY_CEILING - 0.01, 'en')).toBe('out_of_domain');
    },
  );

  it.each([
    ['Grogginess in the mornings.', 'en'],
    ['I collapsed and went into shock.', 'en'],
    ['Lumigan made my eyelashes grow longer.', 'en'],
    ['someone made transfers of $10 over the past week', 'en'],
    ['Set the living room lights to red', 'es'],
  ])('when the text speaks of the body, a medicine or money, or is in another language (%s, %s), then the safety answer stands', (text, language) => {
    expect(secondStage(text, 'safety_compliance', 0.5, language)).toBeUndefined();
  });

  it('when the model is at least as sure as the ceiling, then the safety answer stands', () => {
    expect(secondStage('Alert me at 0500 hrs', 'safety_compliance', OUT_OF_DOMAIN_SAFETY_CEILING, 'en')).toBeUndefined();
  });

  it('when the guard knows a term of the text, then the safety answer stands even with no word of care or money', () => {
    expect(secondStage('I will sue you', 'safety_compliance', 0.5, 'en')).toBeUndefined();
  });

  it('when an out-of-domain safety answer is set aside, then the answer says why', async () => {
    const classifier = createLocalClassifier();
    const text = 'Alert me at 0600 hours';
    const raw = classifier.explain(text);
    // The premise: the shipped model alone leans to safety, below the ceiling.
    expect(raw.best).toBe(2);
    expect(raw.probabilities[2]!).toBeLessThan(OUT_OF_DOMAIN_SAFETY_CEILING);
    const answer = await classifier.classify({ text, channel: 'chat' });
    expect(answer.category).not.toBe('safety_compliance');
    expect(answer.reasoning).toContain('no word of care or money');
  });
});

describe('local classifier second stage: dialogue turns that give or move a slot', () => {
  it.each([
    "ok, let's do the dermatologist then, around three on Thursday",
    'Lets just change it to 10pm and see if that works.',
    'Anytime after 7pm will work for me.',
    'I can go in Friday, as soon as they open.',
    'How about 18:15 then?',
    'ok what about Saturday at 2 pm?',
  ])('when the model says informational on a turn with a day or time and a booking word (%s), then it is service_action', (text) => {
    expect(secondStage(text, 'informational', 0.01)).toBe('slot');
  });

  it.each([
    'Is there anything on at the cinema at 2 pm?',
    'what time do you close on Sunday',
    'I took my pills at 9 pm and now my face is swelling, can we do something tomorrow',
  ])('when the turn asks, names no booking word, or reports an event (%s), then it is not moved to service_action', (text) => {
    expect(secondStage(text, 'informational', 0.01)).not.toBe('slot');
  });

  it('when the model already says service_action or safety, then the slot rule does not apply', () => {
    expect(secondStage('Anytime after 7pm will work for me.', 'service_action', 0.01)).toBeUndefined();
  });
});

describe('local classifier second stage: requests that open with an action verb', () => {
  it.each(['Set the living room lights to red', 'Brighten lights', 'Turn lights off in living room', 'cancel my order from yesterday'])(
    'when the model says safety, however sure, on a command with no term the guard knows (%s), then it is service_action',
    (text) => {
      expect(secondStage(text, 'safety_compliance', 0.97, 'en')).toBe('command');
    },
  );

  it.each(['Cancel my order, I found something in the last bottle', 'Stop the refills, my doctor said they hurt me', 'cancel my plan because I was in the hospital'])(
    'when a command says more than the command or speaks of care (%s), then a safety answer stands',
    (text) => {
      expect(secondStage(text, 'safety_compliance', 0.9, 'en')).toBeUndefined();
    },
  );

  it.each(['cancel my refill, the new pills gave me hives', 'block my card, someone used it at a gas station', 'stop the insulin, I feel dizzy'])(
    'when the guard finds any term in a command (%s), then a safety answer stands',
    (text) => {
      expect(secondStage(text, 'safety_compliance', 0.6, 'en')).toBeUndefined();
    },
  );

  it.each([
    'Turn down the lights',
    'hey siri, set an alarm for 6',
    'please cancel my 3 pm appointment',
    'Send the receipt to my email',
    'ok can you refill my lisinopril',
  ])('when the text opens with an action verb (%s), then it is read as a command', (text) => {
    expect(isCommandTurn(text)).toBe(true);
  });

  it.each([
    'change my address, is that possible?',
    'what time do you close on Sunday',
    'open the profile of Allen from my contacts',
    'call Raju phone number',
    'the pain went away after two days',
    'update me on the stock price',
    'freeze my account, someone else got in',
    'cancel the card, I never made these purchases',
  ])('when the text asks, or opens with a verb as often used to ask for information (%s), then it is not a command', (text) => {
    expect(isCommandTurn(text)).toBe(false);
  });

  it('when the model says informational on a command, then the answer is service_action and says why', async () => {
    const classifier = createLocalClassifier();
    const text = 'Turn down the volume';
    const answer = await classifier.classify({ text, channel: 'voice' });
    expect(answer.category).toBe('service_action');
    expect(await classifier.categorise({ text, channel: 'voice' })).toBe('service_action');
    if (classifier.explain(text).best === 0) expect(answer.reasoning).toContain('opens with an action verb');
  });

  it('when the guard hears an event in a command, then the command rule does not move it', async () => {
    const classifier = createLocalClassifier();
    const answer = await classifier.classify({ text: 'cancel my refill, the new pills gave me hives', channel: 'chat' });
    expect(answer.category).not.toBe('service_action');
  });
});

describe('local classifier second stage: a lost card versus a misused one', () => {
  it.each(['sir i lost my credit card', 'my credit card was expired', 'I need a new member ID card, mine is damaged', 'hi i want to report a lost credit card'])(
    'when the model says safety on a lost, expired or damaged card with no misuse (%s), then it is service_action',
    (text) => {
      expect(secondStage(text, 'safety_compliance', 0.9, 'en')).toBe('card');
    },
  );

  it.each(['i lost my card and someone used it at a gas station', 'lost my card, there are charges I never made', 'my card was stolen'])(
    'when the card was misused or stolen (%s), then the safety answer stands',
    (text) => {
      expect(secondStage(text, 'safety_compliance', 0.9, 'en')).toBeUndefined();
    },
  );
});

describe('local classifier second stage: a statement the guard read as general only for a modal or an "if"', () => {
  it.each(['Lexapro would lower my libido and make it hard to reach orgasm.', 'If I take it late in the evening, I can feel drowsy the next day'])(
    'when the model gives the statement some safety (%s), then it is read as a report',
    (text) => {
      expect(scanSafety(text).suppressed.map((s) => s.reason)).toContain('general_question');
      expect(secondStage(text, 'informational', 0.2)).toBe('promoted');
    },
  );

  it.each(['is it normal to feel sleepy on lexapro', 'can lexapro make you sleepy'])('when the text opens as a spoken question (%s), then it is not promoted', (text) => {
    expect(secondStage(text, 'informational', 0.2)).toBeUndefined();
  });
});

describe('local classifier second stage: a question with no event goes to informational unless it asks someone to act', () => {
  it.each([
    ['Could a sinus infection cause loss of taste and smell?'],
    ['is doxycycline different than cipro?'],
  ])('when the question (%s) asks only to know, then it is a question on health: informational', async (text) => {
    expect(secondStage(text, 'safety_compliance', 0.9)).toBe('asks_health');
  });

  it.each([
    ['can someone check why my insulin order has not moved?'],
    ['could you send the inhaler overnight?'],
    ['so how about Thursday at 2pm for the blood test?'],
    ['why was my card charged twice for the inhaler?'],
  ])('when the question (%s) asks someone to act, proposes a slot or speaks of money, then the model runner-up answers', (text) => {
    expect(secondStage(text, 'safety_compliance', 0.9)).toBe('demoted');
  });
});
