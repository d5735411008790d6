import { describe, expect, it } from 'vitest';
import { redactPii } from '../../src/observability/redact.ts';

// The kinds of names with no cue in mail and chat bodies and agent notes that the blind eleventh development set
// (data/pii/dev-names-11, issue #14 eleventh follow-up) showed missed, with other names and other words: examples written
// for this test.
const MASKED: Array<[string, string, string]> = [
  ['a listed surname opening a sentence before "said"', 'Marchetti said the Costco pharmacy is out of network now?', '[NAME] said the Costco pharmacy is out of network now?'],
  ['a name after "omg" before "just told me"', 'omg shaniqua just told me they charged me twice', 'omg [NAME] just told me they charged me twice'],
  ['a name after "i think" before a deed', 'i think Oonagh entered the wrong address', 'i think [NAME] entered the wrong address'],
  ['a name before "says" that goes on', 'Eliquis is too much, Philippa says Aetna won\'t pay', 'Eliquis is too much, [NAME] says Aetna won\'t pay'],
  ['a Spanish name before "ya" and a deed', 'Yaretzi ya recogió la medicina', '[NAME] ya recogió la medicina'],
  ['two lower-case names before "both"', 'keep it about tariq and yasmin, both kids need Flovent', 'keep it about [NAME] and [NAME], both kids need Flovent'],
  ['two names joined by "n" before "both"', 'shanice n jaylen both got the wrong meds', '[NAME] n [NAME] both got the wrong meds'],
  ['a word that names a person before "is my grandson"', 'august is my grandson, he can pick up', '[NAME] is my grandson, he can pick up'],
  ['a town that names a child before "(my kid)"', 'Phoenix (my kid) has hives after the amoxicillin', '[NAME] (my kid) has hives after the amoxicillin'],
  ['who a mail was forwarded from', 'Forwarding from Anselm:\n> The claim was denied', 'Forwarding from [NAME]:\n> The claim was denied'],
  ['whom one tells, in lower case', 'can you tell hildegard i got the card', 'can you tell [NAME] i got the card'],
  ['to whom one gave a card', 'i gave soraya my card to pay for it', 'i gave [NAME] my card to pay for it'],
  ['a Spanish name before "y yo"', 'Eusebio y yo tenemos el mismo plan', '[NAME] y yo tenemos el mismo plan'],
  ['a CRM note\'s patient after "pt"', 'Note: pt Adaora Nwachukwu requests transfer of Rx.', 'Note: pt [NAME] requests transfer of Rx.'],
  ['a mail subject\'s person before a dash', 'Re: Thandeka Mokoena - refill\n\nAny update?', 'Re: [NAME] - refill\n\nAny update?'],
  ['a capitalised name before a Spanish verb, the verb kept', 'mi hija Xóchitl y mi esposo Efraín necesitan la metformina', 'mi hija [NAME] y mi esposo [NAME] necesitan la metformina'],
  ['two names before "are my sons"', 'Kasimir and Benedikt are my sons', '[NAME] and [NAME] are my sons'],
  ['two Spanish names before "son mis hijas"', 'Nayeli y Citlali son mis hijas', '[NAME] y [NAME] son mis hijas'],
  ['an agent after "Agent:"', 'Agent: Torvald (tier 2). Customer disputes a charge.', 'Agent: [NAME] (tier 2). Customer disputes a charge.'],
];
const KEPT: Array<[string, string]> = [
  ['a plan after a comma before "says" that ends the clause', 'Skyrizi needs a prior auth, Oscar says.'],
  ['two towns before "both"', 'Can Allen and Douglas both fill Adderall or only one of them?'],
  ['a pharmacy before "said"', 'Walgreens said they never got it'],
  ['a role before "said"', 'Pharmacy said the Lyrica is ready'],
  ['a plural word opening a sentence before a deed', 'Nurses said the Keppra dose is fine'],
  ['two medicines before "both"', 'Xarelto and Eliquis both thin the blood'],
  ['a town before its state\'s abbreviation', 'the Walmart in Jordan MN said they never got it'],
  ['a pharmacy\'s name after "farmacia"', 'ya recogí la medicina en la farmacia Benavides'],
  ['a plan before "cover"', 'Does Oscar cover Wegovy?'],
  ['a pronoun before "is my"', 'This is my son\'s refill'],
];

describe('names with no cue that the blind eleventh set showed missed', () => {
  it.each(MASKED)('when %s, then it is masked', (_, text, redacted) => {
    expect(redactPii(text)).toBe(redacted);
  });
  it.each(KEPT)('when %s, then it stays', (_, text) => {
    expect(redactPii(text)).toBe(text);
  });
});
