import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { extractCaseFacts } from '../../src/safety-intake/extract.ts';
import { normaliseMessage } from '../../src/triage/normalise.ts';
import type { Channel } from '../../src/domain.ts';

const facts = (text: string, channel: Channel = 'chat') => {
  const normalised = normaliseMessage(text, channel);
  return extractCaseFacts(normalised, scanSafety(normalised));
};

describe('patient', () => {
  it.each([
    ['Since I started lisinopril my face is swelling.', 'the sender'],
    ['my mom has been dizzy since the new dose of metoprolol', "the sender's mother"],
    ['our 3 year old son broke out in hives after the amoxicillin', "the sender's son, 3 years old"],
    ['mi mamá tiene ronchas desde que empezó la nueva pastilla', "the sender's mother"],
    ['mi hijo vomitó después de la vacuna', "the sender's son"],
    ["calling from Dr. Patel's office, our patient developed hives after the Shingrix vaccine", "the reporter's patient"],
    ['CRM case note: Member reports dizziness since the metoprolol dose went up', 'the member (per agent note)'],
    ['a 54-year-old man developed a rash on lamotrigine', 'a person described by age or sex, 54 years old'],
    ['my 93 year old grandmother fell after the new blood pressure pill', "the sender's grandmother, 90 or older"],
    ['my mother (in her 70s) feels faint on the new metoprolol', "the sender's mother, 70s"],
  ])('when the text is %j, then the patient is %j', (text, value) => {
    expect(facts(text).patient).toEqual({ present: true, value });
  });

  it.each([
    ['rash after amoxicillin'],
    ['I want to report that your store sells counterfeit Ozempic'],
    ['the vials of ceftriaxone have particles floating in them'],
  ])('when nobody is identifiable (%j), then the patient is absent', (text) => {
    expect(facts(text).patient).toEqual({ present: false, value: null });
  });

  it('when the sender gives a name, then the value names a role, never the person', () => {
    const { patient, reporter } = facts('This is Maria Lopez, my husband Jorge had a seizure after starting Wellbutrin');
    expect(patient.value).toBe("the sender's husband");
    expect(JSON.stringify([patient, reporter])).not.toMatch(/maria|lopez|jorge/i);
  });
});

describe('reporter', () => {
  it.each([
    ['I got a rash from the amoxicillin', 'consumer (the patient)'],
    ['my dad passed out after his new heart pills', 'consumer (caregiver or family member)'],
    ["hi I'm calling from Dr. Ramirez's office about a patient with hives after Prevnar", "health professional (clinician's office)"],
    ['this is a pharmacist at the Elm street store, a customer had a swollen tongue after lisinopril', 'health professional (pharmacist)'],
    ["I'm a nurse at Sunrise Assisted Living, a resident fell after the new zolpidem", 'health professional (nurse)'],
    ['Agent note: caller states rash since starting Bactrim', 'consumer, relayed by a contact-centre agent'],
  ])('when the text is %j, then the reporter is %j', (text, value) => {
    expect(facts(text).reporter).toEqual({ present: true, value });
  });

  it.each([['rash after amoxicillin'], ["Anonymous tip: I'd rather not give my name, they reuse insulin pens at the clinic"]])(
    'when the sender is impersonal or anonymous (%j), then the reporter is absent',
    (text) => {
      expect(facts(text).reporter.present).toBe(false);
    },
  );
});

describe('suspect product', () => {
  it.each([
    ['since I started lisinopril my lips are swelling', 'lisinopril'],
    ['I took my Ozempic and Metformin together and threw up', 'ozempic, metformin'],
    ['got the flu shot and my arm is red and hot', 'flu shot'],
    ['my insulin pen clicks but nothing comes out and my sugar is 400', 'insulin pen'],
    ['rash after the cefdinir', 'cefdinir'],
    ['desde que tomo la metformina tengo diarrea', 'metformina'],
  ])('when the text is %j, then the product is %j', (text, value) => {
    expect(facts(text).suspect_product).toEqual({ present: true, value });
  });

  it.each([
    ['since the new pills my ankles are swollen', 'unspecified (the new pills)'],
    ['my blood pressure medicine makes me dizzy', 'unspecified (my blood pressure medicine)'],
    ['my baby threw up after her 2 month shots', 'vaccine (unspecified)'],
  ])('when the product is not named (%j), then it is present as unspecified so the agent asks which', (text, value) => {
    expect(facts(text).suspect_product).toEqual({ present: true, value });
  });

  it('when no product is mentioned, then the product is absent', () => {
    expect(facts('my mom has been really confused and fell twice this week').suspect_product).toEqual({ present: false, value: null });
  });

  it.each([
    ['took plan b yesterday and now I am bleeding a lot', 'plan b'],
    ['desde el ibuprofeno tengo ronchas', 'ibuprofeno'],
    ['my losartan and lisinopril made me dizzy', 'losartan, lisinopril'],
    ['since starting cefalexin my tongue is swollen', 'cefalexin'],
  ])('when the text is %j, then the whole name (the longest one, or a generic stem) is the product %j', (text, value) => {
    expect(facts(text).suspect_product).toEqual({ present: true, value });
  });

  it.each([['since the metforminol samples I feel sick'], ['since the atorvastatin2 trial I have cramps']])(
    'when a drug name runs on into more letters or digits (%j), then it names no product',
    (text) => {
      expect(facts(text).suspect_product).toEqual({ present: false, value: null });
    },
  );
});

describe('adverse event', () => {
  it.each([
    ['Since I started lisinopril my face is swelling.', 'swelling'],
    ['my dad passed away after the new chemo', 'passed away'],
    ['got my covid booster and now my whole arm is red and hot', 'red and hot'],
  ])('when the text is %j, then the event is present and names %j', (text, value) => {
    const event = facts(text).adverse_event;
    expect(event.present).toBe(true);
    expect(event.value).toContain(value);
  });

  it.each([
    ['I took two doses of my metformin by mistake, I feel fine'],
    ['the pharmacy gave me the wrong strength of levothyroxine, I have not taken it'],
    ['the seal on my insulin box was broken'],
  ])('when an error or a defect did no harm (%j), then there is no event', (text) => {
    expect(facts(text).adverse_event.present).toBe(false);
  });
});

describe('bad input', () => {
  it('when the narrative is enormous, then extraction still finds the facts and returns', () => {
    const filler = 'We moved the prescriptions to mail order and the copay changed, which is a separate question. '.repeat(600);
    const text = `My father started Eliquis in August. ${filler} He was admitted to the hospital with a bleeding ulcer.`;
    const result = facts(text, 'mail');
    expect(result.suspect_product.value).toContain('eliquis');
    expect(result.patient.value).toBe("the sender's father");
    // The tail lies beyond the extraction window: the early facts are kept, and nothing throws.
    expect(text.length).toBeGreaterThan(50_000);
  });

  it.each([
    ['mojibake', 'Iâ€™ve been on Zoloft and Iâ€™m having bad headaches and my hands wonâ€™t stop shaking', 'zoloft'],
    ['HTML entities', 'My daughter&#39;s inhaler (albuterol) isn&#39;t spraying &amp; she had an asthma attack', 'albuterol'],
    ['full-width letters', 'ｍｙ ｓｏｎ ｇｏｔ ａ ｒａｓｈ ａｆｔｅｒ ｔｈｅ ｍｍｒ ｓｈｏｔ', 'mmr shot'],
    ['zero-width and no-break spaces', 'my\u200b son\u00a0has hives after the cefdinir', 'cefdinir'],
    ['mojibake accents', 'Mi mamÃ¡ tiene palpitaciones desde que le cambiaron la dosis de la levotiroxina', 'levotiroxina'],
  ])('when the text has %s, then the product is still found', (_what, text, product) => {
    const result = facts(text);
    expect(result.suspect_product.value).toContain(product);
    expect(result.patient.present).toBe(true);
  });

  it('when a mail quotes an earlier thread, then only what the sender wrote now counts', () => {
    const text = 'Yes, it was Lipitor 40 mg and I have muscle pain.\n\nOn Nov 19, 2026 Support <help@example.com> wrote:\n> Was anyone admitted to the hospital? Did anyone pass away?';
    const result = facts(text, 'mail');
    expect(result.suspect_product.value).toBe('lipitor');
    expect(result.seriousness.hospitalisation).toBe(false);
    expect(result.seriousness.death).toBe(false);
  });

  it('when the text is empty or only punctuation, then every element is absent and nothing throws', () => {
    for (const text of ['', '???', '🙂']) {
      const result = extractCaseFacts(text, scanSafety(text));
      expect(result.patient.present || result.suspect_product.present || result.adverse_event.present).toBe(false);
      expect(result.subtype).toBe('none');
    }
  });
});
