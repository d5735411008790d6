import { describe, expect, it } from 'vitest';
import { scanSafety } from '../../src/classifier/safety-guard.ts';
import { extractCaseFacts } from '../../src/safety-intake/extract.ts';
import { criteriaMet } from '../../src/safety-intake/types.ts';

const facts = (text: string) => extractCaseFacts(text, scanSafety(text));
const criteria = (text: string) => criteriaMet(facts(text).seriousness);

describe('seriousness criteria', () => {
  it.each([
    ['my dad passed away after the new chemo pills', ['death']],
    ['mi mamá murió la semana pasada, tomaba xarelto', ['death']],
    ['I had anaphylaxis after the penicillin shot', ['life_threatening']],
    ["he can't breathe after the shot, his throat is closing", ['life_threatening']],
    ['my mom was admitted to the hospital with a rash after amoxicillin', ['hospitalisation']],
    ['we took him to the ER after the new digoxin dose', ['hospitalisation']],
    ['la llevamos a urgencias después de la vacuna', ['hospitalisation']],
    ['since the statin she can no longer walk on her own', ['disability']],
    ['my leg is paralyzed since the injection', ['disability']],
    ['my baby was born with a heart defect, I took topiramate while pregnant', ['congenital_anomaly']],
    ['I had a seizure on the new wellbutrin', ['other_medically_important']],
    ['I fainted after my flu shot', ['other_medically_important']],
    ['I had a miscarriage at 9 weeks on methotrexate', ['other_medically_important']],
    ['i want to end it all, the prozac is not helping', ['other_medically_important']],
    ['my husband took all of his sleeping pills and he is unresponsive', ['life_threatening', 'other_medically_important']],
  ])('when the text is %j, then the criteria are %j', (text, expected) => {
    expect(criteria(text)).toEqual(expected);
  });

  it.each([
    ["I didn't have to go to the ER, the rash from the amoxicillin is better"],
    ['if the swelling gets worse should I go to the hospital? it started with lisinopril'],
    ["I'm a nurse in the ER and I got a rash from the new soap... and from amoxicillin"],
    ['my phone died while I was on hold about my lisinopril rash'],
    ['I almost died laughing, but seriously the metformin gives me diarrhea'],
    ['refill my seizure medication please, it gives me a mild headache'],
  ])('when seriousness words are denied, hypothetical or about something else (%j), then the case is not serious', (text) => {
    expect(criteria(text)).toEqual([]);
  });
});

describe('subtype', () => {
  it.each([
    ['I want to kill myself', 'self_harm_or_emergency'],
    ['my son is twelve, takes concerta and has been saying he wants to die', 'self_harm_or_emergency'],
    ["omg my throat is closing after the penicillin what do i do", 'self_harm_or_emergency'],
    ['Since I started lisinopril my face is swelling.', 'adverse_event'],
    ['they gave me the wrong strength and now my heart is racing, it is my levothyroxine', 'adverse_event'],
    ['I took two doses of my metformin by mistake, feel fine', 'medication_error'],
    ['the pharmacy gave me 50mg sertraline instead of 25mg, I have not taken any', 'medication_error'],
    ['the ibuprofen on the shelf at your store expired in March', 'product_quality'],
    ['the Wegovy pens had a broken seal and the labels look fake', 'product_quality'],
    ["I received someone else's records in the mail", 'privacy_breach'],
    ['someone used my insurance to get oxycodone', 'fraud'],
    ['I am going to report you to the board of pharmacy and call my lawyer', 'legal_complaint'],
    ['hello, what are your hours?', 'none'],
  ])('when the text is %j, then the subtype is %s', (text, subtype) => {
    expect(facts(text).subtype).toBe(subtype);
  });
});
