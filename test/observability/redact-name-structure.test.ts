import { describe, expect, it } from 'vitest';
import { redactPii } from '../../src/observability/redact.ts';

// Names the shape of the text gives away (issue #14, third follow-up): the SSA's baby names, a name
// opening a sentence before a verb, form fields, parentheses, staff named in mail, quoted-mail headers,
// a second name after "and" or "&", a surname repeated alone. Each with the text around it that stays.
const MASKED: Array<[string, string, string]> = [
  ['a first name only the SSA list holds and a surname open a capitalised pair', 'Please add Oluwatobi Fashola to the account.', 'Please add [NAME] to the account.'],
  ['a listed first name opens a sentence before a verb', 'Evangelina called twice about the Lipitor.', '[NAME] called twice about the Lipitor.'],
  ['a listed first name opens a lower-case transcript before a verb', 'bartholomew wants the eliquis refilled', '[NAME] wants the eliquis refilled'],
  ['a first name and a surname no list holds open a sentence before a verb', 'Refill denied. Chukwuemeka Nwachukwu needs it today.', 'Refill denied. [NAME] needs it today.'],
  ['a first name no list holds opens a sentence before what only a person does', 'Oyinkansola wants to know if it shipped.', '[NAME] wants to know if it shipped.'],
  ['a name opens a sentence before a comma and a relative', 'Theodora, my mother, takes Xarelto.', '[NAME], my mother, takes Xarelto.'],
  ['a form field "first_name=" in an api message', 'first_name=Bogumil&last_name=Wrzesniewski&topic=refill', 'first_name=[NAME]&last_name=[NAME]&topic=refill'],
  ['a form field "name=" keeps the next field', 'name=Ifeoluwa Adeyinka; plan=Ambetter', 'name=[NAME]; plan=Ambetter'],
  ['a form field "Customer:" on its own line', 'Customer: Margarethe Lindgren\nRe: Prolia billing', 'Customer: [NAME]\nRe: Prolia billing'],
  ['a name after "Member name -" stops at the full stop', 'Member name - Adaeze Okonkwo. Card says Wellcare.', 'Member name - [NAME]. Card says Wellcare.'],
  ['a name in parentheses after a relative', 'My son (Ignatius) is allergic to amoxicillin.', 'My son ([NAME]) is allergic to amoxicillin.'],
  ['a lower-case name in parentheses after a relative', 'my niece (marisela) took the wrong albuterol', 'my niece ([NAME]) took the wrong albuterol'],
  ['two capitalised words no list holds after "by"', 'Ordered by Wanjiku Githinji on the 12th.', 'Ordered by [NAME] on the 12th.'],
  ['a hyphenated first name and a listed surname after "for"', 'Re: order for Lars-Erik Svensson', 'Re: order for [NAME]'],
  ['a relative named between commas', 'The caregiver, Abena, will pick it up.', 'The caregiver, [NAME], will pick it up.'],
  ['the person spoken with after "w/"', 'Agent note: spoke w/ Desmond re: refill', 'Agent note: spoke w/ [NAME] re: refill'],
  ['the person asked to call back', 'Ask Rahul to call me back', 'Ask [NAME] to call me back'],
  ['a greeting names who is greeted, a first name that is a word too', 'Hi Grace, the refill is late', 'Hi [NAME], the refill is late'],
  ['a morning greeting in a quoted mail', '> Good morning Alejandro,\n> Any update?', '> Good morning [NAME],\n> Any update?'],
  ['a filler between a first name and the surname stays', 'this is uh chidera uh nwosu calling about my refill', 'this is uh [NAME] uh [NAME] calling about my refill'],
  ['someone described and named', 'i was helped by a lady named precious', 'i was helped by a lady named [NAME]'],
  ['a Spanish sentence opens with a name before its verb', 'Yesenia dice que no llegó la insulina. Eufrosina quiere saber por qué.', '[NAME] dice que no llegó la insulina. [NAME] quiere saber por qué.'],
  ['"la señorita" before a name', 'la señorita yesenia me atendió', 'la señorita [NAME] me atendió'],
  ['two children named together, one listed', 'our twins folarin and kehinde need the same refill', 'our twins [NAME] and [NAME] need the same refill'],
  ['the patient named in parentheses', 'The patient (Leontina Vardakis) had a rash.', 'The patient ([NAME]) had a rash.'],
  ['a name before a relative in parentheses', 'Please refill for Casimira (my daughter) today.', 'Please refill for [NAME] (my daughter) today.'],
  ['a member of staff named between commas in a mail', 'Your representative, Anselm, told me it shipped.', 'Your representative, [NAME], told me it shipped.'],
  ['a member of staff named in parentheses', 'The agent (Philomena) said my claim was closed.', 'The agent ([NAME]) said my claim was closed.'],
  ['the writer of a quoted mail', 'It never came.\nOn Mon, Oct 5, 2026 at 8:02 AM Ambrose Kettleworth wrote:\n> Shipped.', 'It never came.\nOn Mon, Oct 5, 2026 at 8:02 AM [NAME] wrote:\n> Shipped.'],
  ['a copied recipient', 'CC: Leopoldine Asante\nPlease send both receipts.', 'CC: [NAME]\nPlease send both receipts.'],
  ['a second name after "&"', 'Ana Ruiz & Kofi both get Januvia.', '[NAME] & [NAME] both get Januvia.'],
  ['a second name before "&"', 'Kofi & Ana Ruiz both get Januvia.', '[NAME] & [NAME] both get Januvia.'],
  ['a second listed name after "and" in a transcript', 'it is for my son emeka and chinonso', 'it is for my son [NAME] and [NAME]'],
  ['a surname repeated alone after the full name', 'My name is Wilhelmina Oyelaran. Oyelaran is on the card too.', 'My name is [NAME]. [NAME] is on the card too.'],
  ['a word after "and" follows a lower-case name, only the name', "hi i'm ana ruiz and birthdate is on file", "hi i'm [NAME] and birthdate is on file"],
  ['a name before "I\'m his mom"', "this is for leontyne i'm her mom", "this is for [NAME] i'm her mom"],
  ['a name before "she\'s my mom"', "it is about wilhelmina she's my mom", "it is about [NAME] she's my mom"],
  ['a Spanish name before "soy su mamá"', 'Es para Xiomara, soy su mamá.', 'Es para [NAME], soy su mamá.'],
  ['a name in "is … still"', 'is anselmo still on my account', 'is [NAME] still on my account'],
  ['a name in "it was … who"', 'it was gwendoline who picked it up', 'it was [NAME] who picked it up'],
  ['a maiden name', 'my maiden name was fairbrother so check that', 'my maiden name was [NAME] so check that'],
  ['a religious title, not a sister', 'sister benedicta from the convent needs her refill', 'sister [NAME] from the convent needs her refill'],
  ['"the name on the insurance is"', 'the name on the insurance is rosalba m quintero', 'the name on the insurance is [NAME]'],
  ['"yep" opens a name before "here"', 'yep cordelio maranzano here calling about the lantus', 'yep [NAME] here calling about the lantus'],
  ['a title before a surname in a transcript', 'this is about mister brzezinski his lipitor', 'this is about mister [NAME] his lipitor'],
];

const KEPT: Array<[string, string]> = [
  ['a medicine no list holds opening a sentence before a verb', 'Rinvoq needs a prior authorization.'],
  ['a plan no list holds opening a sentence before a verb', 'Wellcare denied it and Ambetter too.'],
  ['a plan no list holds opening a sentence before "said"', 'Ambetter said no to the Ozempic.'],
  ['a specialist opening a sentence', 'Pulmonologist wants a new scan.'],
  ['"is … still" around a word', 'is the refill still pending'],
  ['"padre nuestro" in Spanish', 'rezo el padre nuestro cada noche'],
  ['a disease in Title Case after "for"', 'What are the treatments for Tardive Dyskinesia ?'],
  ['a disease named after people after "with"', 'diagnosed with Ellis-van Creveld syndrome last year'],
  ['a relative described between commas', 'my daughter, who is five, takes it'],
  ['someone asked by their role', 'ask the pharmacist to call me'],
  ['a greeting to a team or a pharmacy', 'Hello Pharmacy Team, my order is late. Hi Walgreens, where is it? Hi Careroute, thanks'],
  ['a medicine described and named', 'a drug called lyrica made me dizzy'],
  ['a Spanish sentence opens with a medicine before its verb', 'Metformina dice en la caja que no se parta. Insulina es cara.'],
  ['children and what they take', "my kids adhd meds and the inhaler"],
  ['a cream no list holds opens a sentence after a typo', 'Eventhough Elocon works well on my eczema.'],
  ['a part of a capitalised false name repeated in lower case', 'Incident note from Little Sprouts Daycare. Forwarding this from daycare.'],
  ['the patient described in parentheses', 'the patient (age 72) fell at home'],
  ['"my sister in law"', 'my sister in law picks it up'],
  ['a listed medicine opening a sentence', 'Lyrica makes me dizzy and Allegra too.'],
  ['a voice assistant addressed by its wake word', 'alexa add toothpaste to my list'],
  ['a bare member of staff before a lower-case word', 'I want a manager callback today'],
  ['a sender that is a team, not a person', 'See below.\nOn Mar 2, Careroute Safety wrote:\n> Thank you'],
  ['a college named after a surname some babies were given', 'Can you tell me about Churchill College?'],
  ['a town named after a first name', 'What is the weather in Waverly City today?'],
  ['a clinician repeated after the full name', 'Dr. Okafor prescribed it, Okafor knows.'],
];

describe('names the shape of the text gives away', () => {
  it.each(MASKED)('when %s, then the name is masked', (_, text, expected) => {
    expect(redactPii(text)).toBe(expected);
  });
  it.each(KEPT)('when %s, then nothing is masked', (_, text) => {
    expect(redactPii(text)).not.toContain('[NAME]');
  });
});
