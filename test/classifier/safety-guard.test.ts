import { describe, expect, it } from 'vitest';
import { describeScan, scanSafety } from '../../src/classifier/safety-guard.ts';
import type { SafetyScan, SafetySignalKind, SuppressionReason } from '../../src/classifier/safety-types.ts';

const kindsOf = (scan: SafetyScan): SafetySignalKind[] => scan.signals.map((s) => s.kind);

describe('scanSafety: real events fire', () => {
  it.each<[string, SafetySignalKind]>([
    // adverse events: chat, typos, voice, mail, Spanish, questions that carry experience
    ['since I started lisinopril my face is swelling', 'adverse_event'],
    ['no rash but my throat feels tight', 'adverse_event'],
    ["refill my metformin, also it's been giving me bad diarrhea", 'adverse_event'],
    ['is it normal that my face is swelling since I started lisinopril?', 'adverse_event'],
    ['metformin rash', 'adverse_event'],
    ['face swelling lisinopril', 'adverse_event'],
    ['alergic reacion to the new antibiotic', 'adverse_event'],
    ['my lips are swolen after the shot', 'adverse_event'],
    ['diziness since the new bp pill', 'adverse_event'],
    ['rashes all over since amoxicillin', 'adverse_event'],
    ['um yeah so ever since the uh new pill i been real dizzy and like throwing up', 'adverse_event'],
    ['Subject: Reaction after flu shot\n\nHello,\n\nI got my flu shot on Tuesday. Since Wednesday night I have had hives on my chest.\n\nAna', 'adverse_event'],
    ['desde que empecé el lisinopril se me hinchan los labios', 'adverse_event'],
    ['me salieron ronchas después de la vacuna', 'adverse_event'],
    ['mi mamá está muy mareada desde que le cambiaron la dosis', 'adverse_event'],
    ['hives', 'adverse_event'],
    ['my son has been having nightmares since starting montelukast', 'adverse_event'],
    ['I think the new patch is making me sick', 'adverse_event'],
    ["what if the rash I have from the amoxicillin spreads, it's on my arms now", 'adverse_event'],
    ["I'M COVERED IN HIVES SINCE THE BACTRIM", 'adverse_event'],
    // a reply on a resolved report where it comes back, or where the body reports something new
    ['Subject: Re: Your adverse event report #AE-1042\n\nThat was resolved months ago, but the rash came back this week after my refill.', 'adverse_event'],
    ['Subject: Re: Hives after the Keflex\n\nIt had cleared up, now it is worse again and my lips are swelling.', 'adverse_event'],
    ['Subject: Re: Your adverse event report\n\nAll sorted, thanks. Also my mother is very dizzy since the new dose of her amlodipine.', 'adverse_event'],
    // "fièvre" alone is still a symptom
    ["j'ai de la fièvre depuis le nouveau traitement", 'adverse_event'],
    // overdose and accidental ingestion
    ['my toddler got into my pills', 'overdose'],
    ['I took two doses by mistake, what should I do?', 'overdose'],
    ['took my levothyroxine twice today by accident', 'overdose'],
    ['my my toddler got into my purse and i think he ate some of my blood pressure pills', 'overdose'],
    ['mi hijo se tomó mis pastillas de la presión', 'overdose'],
    ['my dog ate my adderall', 'overdose'],
    // medication errors
    ['you gave me the wrong medication', 'medication_error'],
    ["the bottle has someone else's name on it and I already took one", 'medication_error'],
    ['got metoprolol instead of metformin, took it for 3 days', 'medication_error'],
    ['the label says 10mg but the pills say 20 on them', 'medication_error'],
    ['me dieron las pastillas de otra persona, la etiqueta tiene otro nombre', 'medication_error'],
    // product quality and devices
    ['the seal on my bottle was already broken', 'product_quality'],
    ['the pills look different this month, a different color and shape', 'product_quality'],
    ['my insulin pen is leaking from the side when i dial the dose', 'product_quality'],
    ['my glucose meter is giving wrong readings', 'product_quality'],
    ['i think these are counterfeit, the ozempic pen looks nothing like the last one', 'product_quality'],
    ['the eye drop bottle has black specks floating in it', 'product_quality'],
    ['las pastillas vienen de otro color y huelen raro', 'product_quality'],
    // self-harm: never suppressed by a question form
    ['should I just take all my pills?', 'self_harm'],
    ['I want to kill myself', 'self_harm'],
    ["i don't want to be here anymore", 'self_harm'],
    ['ya no quiero vivir, quiero quitarme la vida', 'self_harm'],
    ['honestly i think my family would be better off without me', 'self_harm'],
    ["can zoloft make you suicidal? because I've been having those thoughts", 'self_harm'],
    // emergencies in progress
    ['my husband is not breathing', 'emergency'],
    ['should I call 911? she took the penicillin and her throat is closing', 'emergency'],
    ['no puedo respirar', 'emergency'],
    ['my dad is having a seizure right now', 'emergency'],
    // privacy, fraud, legal
    ["I got someone else's prescription in my bag", 'privacy_breach'],
    ['a staff member looked up my records without my permission', 'privacy_breach'],
    ['my information was leaked in the data breach', 'privacy_breach'],
    ["you mailed my meds to my ex husband's house, now he knows my diagnosis", 'privacy_breach'],
    ['someone used my insurance card to fill prescriptions', 'fraud'],
    ['there are charges on my statement for drugs I never got', 'fraud'],
    ['my explanation of benefits lists an mri i never had', 'fraud'],
    ['alguien usó mi número de seguro para comprar medicinas que yo nunca pedí', 'fraud'],
    ["i'm talking to a lawyer about the wrong meds you gave my son", 'legal'],
    ['I am filing a complaint with the State Board of Pharmacy', 'legal'],
    ["i'm filing a hipaa complaint", 'legal'],
  ])('when the message is %j, then a %s signal fires', (text, kind) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(true);
    expect(kindsOf(scan)).toContain(kind);
  });

  it('when a message reports two kinds of event, then both kinds are listed', () => {
    const scan = scanSafety('I took two doses by mistake and now my face is swelling');
    expect(kindsOf(scan)).toEqual(expect.arrayContaining(['overdose', 'adverse_event']));
  });
});

describe('scanSafety: questions, negations and service requests do not fire', () => {
  it.each([
    // general information, hypotheticals
    'what are the side effects of metformin?',
    'can atorvastatin cause muscle pain?',
    'what should I do if I miss a dose',
    'do you have the shingles vaccine',
    'how do I report a side effect',
    'is dizziness a side effect of lisinopril?',
    'what happens if I take two doses?',
    'is it safe to take ibuprofen with lisinopril?',
    'does sertraline make you drowsy?',
    '¿cuáles son los efectos secundarios de la metformina?',
    'what should I do if I get a rash from amoxicillin?',
    'if my kid swallows one of my pills, who do i call',
    'i read that antidepressants can make young people suicidal, is that true',
    'is there a recall on valsartan?',
    'metformin side effects',
    'my kid has a rash, do you have hydrocortisone cream?',
    // negations
    'no side effects, just need a refill',
    "haven't had any reaction to the shingrix, when is dose 2?",
    'sin efectos secundarios, solo necesito mi resurtido',
    'no tengo ningún efecto secundario, solo necesito mi resurtido de metformina',
    'all good with the new dose, no dizziness or anything, pls refill amlodipine 10',
    'patient denies chest pain, refill approved',
    'never had side effects from it, pls refill my synthroid',
    // ordinary service requests
    'refill my lisinopril',
    'where is my package',
    'cancel my appointment',
    'I need to transfer my prescription to another pharmacy',
    'can I get a 90 day supply instead of 30?',
    'please update my allergies, I am allergic to penicillin',
    'can my wife pick up my prescription for me',
    'I have power of attorney for my mother, can we talk about her account',
    'hi this is sue calling about my refill',
    'I was charged twice for my copay, please refund',
    'I need a refill of my seizure medication',
    "I'm tired of waiting for my refill",
    'do you carry blister packs',
    // general questions phrased as "is X a thing with Y"; a disease named in a vaccine request
    'are nosebleeds a known thing with warfarin? my neighbour mentioned it',
    'is hair thinning a thing on lithium or valproate?',
    'Bonjour, je voudrais un rendez-vous pour le vaccin contre la fièvre jaune la semaine prochaine.',
    // a reply whose subject names an earlier, resolved report
    'Subject: Re: Your adverse event report #AE-1042\n\nHi, that was months ago and it is all cleared up. Please send my levothyroxine refill to my new address.\n\nJen',
    'Subject: RE: RE: Reported reaction - case AE-77\n\nAll resolved on our end, thank you. Separate thing: please put my atorvastatin on auto-refill.',
    '',
  ])('when the message is %j, then nothing fires', (text) => {
    expect(scanSafety(text).fired).toBe(false);
  });

  it.each<[string, SuppressionReason, string]>([
    ['no side effects, just need a refill', 'negated', 'side effects'],
    ['what are the side effects of metformin?', 'general_question', 'side effects'],
    ['I need a refill of my seizure medication', 'indication', 'seizure'],
    ['metformin side effects', 'no_experience', 'side effects'],
    ['my son has a fever, are you open late?', 'no_medication', 'fever'],
    ['Subject: Re: Dizziness on amlodipine\n\nThat was last year and it turned out fine. Can you refill it as usual?', 'resolved_thread', 'Dizziness'],
  ])('when the message is %j, then the match is kept as suppressed (%s)', (text, reason, term) => {
    const scan = scanSafety(text);
    expect(scan.fired).toBe(false);
    expect(scan.suppressed).toContainEqual(expect.objectContaining({ term, reason }));
  });
});

describe('scanSafety: input handling', () => {
  it('when the message has accents, capitals and curly apostrophes, then terms are cut from it as written', () => {
    expect(scanSafety('Me salió un SARPULLIDO después de la vacuna').signals).toContainEqual({ kind: 'adverse_event', term: 'SARPULLIDO' });
    expect(scanSafety('I’ve been dizzy since the new pills').signals).toContainEqual({ kind: 'adverse_event', term: 'dizzy' });
  });

  it('when a 5,000-character mail reports a reaction in its last line, then it fires', () => {
    const filler = 'Please update the delivery address on my account to the new apartment. ';
    const text = `${filler.repeat(70)}Since I started lisinopril my lips are swelling.`.slice(-5000);
    expect(text).toHaveLength(5000);
    const scan = scanSafety(text);
    expect(scan.fired).toBe(true);
    expect(scan.signals).toContainEqual({ kind: 'adverse_event', term: 'swelling' });
  });

  it('when a 5,000-character message only asks for service, then nothing fires', () => {
    const text = 'Please refill my lisinopril and send it to my new address, thank you. '.repeat(80).slice(0, 5000);
    expect(scanSafety(text).fired).toBe(false);
  });

  it('when the text is in a script the lexicon barely covers, then the scan still answers', () => {
    expect(scanSafety('我收到的药袋里有别人的处方 🙂').fired).toBe(true);
    expect(scanSafety('こんにちは').fired).toBe(false);
  });
});

describe('describeScan', () => {
  it('when signals fired, then it lists them by kind and ends with the category', () => {
    const scan = scanSafety('I took two doses by mistake and now my face is swelling');
    expect(describeScan(scan)).toBe(
      'safety guard: overdose [took two doses], adverse_event [swelling] -> safety_compliance',
    );
  });

  it('when matches were only suppressed, then it says no signal and why', () => {
    expect(describeScan(scanSafety('what are the side effects of metformin?'))).toBe(
      'safety guard: no signal (suppressed: general question [side effects])',
    );
    expect(describeScan(scanSafety('no side effects, just need a refill'))).toBe(
      'safety guard: no signal (suppressed: negated [side effects])',
    );
  });

  it('when nothing matched, then it says no signal', () => {
    expect(describeScan(scanSafety('refill my lisinopril'))).toBe('safety guard: no signal');
  });

  it('when a signal fired next to a suppressed match, then both appear', () => {
    expect(describeScan(scanSafety('no rash but my throat feels tight'))).toBe(
      'safety guard: adverse_event [throat feels tight] -> safety_compliance (suppressed: negated [rash])',
    );
  });

  it('when a kind has many or long terms, then at most three are shown and long ones are clipped', () => {
    const long = 'x'.repeat(80);
    const scan: SafetyScan = {
      fired: true,
      signals: ['a', 'b', 'c', 'd', long].map((term) => ({ kind: 'adverse_event' as const, term })),
      suppressed: [],
    };
    expect(describeScan(scan)).toBe('safety guard: adverse_event [a, b, c] -> safety_compliance');
    expect(describeScan({ fired: true, signals: [{ kind: 'fraud', term: long }], suppressed: [] })).toBe(
      `safety guard: fraud [${'x'.repeat(59)}…] -> safety_compliance`,
    );
  });
});

describe('machine-written and multilingual reports', () => {
  it.each([
    ['device telemetry with an incomplete dose', 'device_telemetry pen_id=KP-1 event=DOSE_INCOMPLETE expected_units=10 delivered_units=0'],
    ['a meter flagging inconsistent readings', 'glucose_meter_sync device=X-1 readings=[40,290,41] flag=INCONSISTENT'],
    ['a temperature excursion on a cold-chain shipment', 'carrier_webhook status=DELIVERED temp_logger=OUT_OF_RANGE contents="insulin"'],
    ['under-filled syringes', 'several of the vaccine syringes in the box appear to be only half filled'],
    ['a misrouted order', 'mail_misroute_report order=A-1 delivered_to_member=M-1 intended_member=M-2'],
    ['a charge for a drug never received', 'portal_msg topic=BILLING body="charged for Humira x6 never received"'],
    ['a Russian report of dizziness after a new pill', 'у меня после новой таблетки от давления сильно кружится голова'],
  ])('when the message is %s, then the guard fires', (_name, text) => {
    expect(scanSafety(text).fired).toBe(true);
  });

  it('when a clinic mail ends with the usual "not the intended recipient" footer, then that alone does not fire', () => {
    expect(scanSafety('Please send the refill to our office. If you are not the intended recipient of this message, delete it.').fired).toBe(false);
  });
});
