/**
 * The second holdout for people's names in speech and free text (data/pii/holdout-v2): written after the
 * redactor was tuned on data/pii/dev-names and before any result on this set was seen; other phrasings,
 * other names (none from the main set, the first holdout or the development set), other medicines,
 * towns and clinicians. Measured once; the redactor is not tuned on it.
 */
import type { NameLists, NameTemplate } from './names-pieces.ts';

const words = (s: string) => s.trim().split(/\s+/);

export const HOLDOUT_V2_LISTS: NameLists = {
  first: words(`tamika rahul anh kwabena bronwyn sergei lakshmi dwayne colleen tobias marcus rosalind desmond imelda
    ahmad nadia giovanni soren tatiana kofi summer autumn sunny crystal chase miles sterling pearl heather holly
    misty rusty sandy penny gene`),
  last: words(`kaczmarek adebayo mukherjee tanaka oyelowo delgado whitaker mcallister szymanski achterberg fairbanks
    pemberton nakagawa obi dimitriou thorsen vasquez rice bush cash frost hale lamb marsh nash reed snow sharp
    moody black gray house bond church field ford mills parks small`),
  esFirst: words('maximiliano fernanda osvaldo marisela lisandro graciela nayeli eduardo xóchitl wilfredo'),
  esLast: words('olvera cisneros maldonado trujillo bustamante pacheco villaseñor arriaga quiñones'),
  clinicians: words('moreno fischer adeyemi park rosen bhatt oduya'),
  cities: words('lubbock scranton flagstaff augusta modesto tacoma toledo laredo'),
  drugs: words('xyzal lunesta brilinta farxiga rybelsus otezla trintellix vyvanse nurtec qulipta rinvoq skyrizi duloxetine montelukast hydroxyzine clonazepam'),
  esDrugs: words('naproxeno loratadina sertralina clonazepam vyvanse farxiga'),
};

export const HOLDOUT_V2_ENGLISH: NameTemplate[] = [
  (_r, n) => ["hi there you're speaking with ", n.full(), ' i had a question on my ', n.drug()],
  (_r, n) => [n.full(), " speaking i'm returning a call about my ", n.drug(), ' order'],
  (_r, n) => ['the refill is for my grandson ', n.first(), ' he ran out of ', n.drug()],
  (_r, n) => ['could you update the file for ', n.full(), ' she moved to ', n.city()],
  (_r, n) => ["i'm the caregiver for ", n.full(), ' and she gets headaches from the ', n.drug()],
  (_r, n) => [n.first(), ' is my name and i need the ', n.drug(), ' sent to ', n.city()],
  (_r, n) => ["my last name's ", n.last(), " and that's spelled ", n.spelledFirst(), ' no wait that was my first name'],
  (_r, n) => ['please tell ', n.first(), ' the ', n.drug(), ' is ready for pickup'],
  (_r, n) => ["put it under my daughter's name ", n.full()],
  (_r, n) => ['ask for ', n.first(), ' when you call back about the ', n.drug()],
  (_r, n) => ['can ', n.first(), ' pick up my ', n.drug(), ' for me tomorrow'],
  (_r, n) => ['the insurance card says ', n.full(), ' but i go by ', n.first()],
  (_r, n) => ['this is mrs ', n.last(), ' calling about a ', n.drug(), ' refill'],
  (_r, n) => [n.drug(), ' side effects question from ', n.full()],
  (_r, n) => ["ok so i'm ", n.first(), ' and my husband ', n.first(), ' takes ', n.drug()],
  (_r, n) => ['got your voicemail about the ', n.drug(), ' talk soon ', n.first()],
  (_r, n) => ['dr ', n.clinician(), ' told me to take ', n.drug(), ' with food my name is ', n.first()],
  (_r, n) => [n.word('may'), ' i ask if ', n.drug(), ' is covered this is ', n.full()],
  (_r, n) => [n.full(), ' calling from ', n.city(), ' about ', n.drug()],
  (_r, n) => ['it is ', n.first(), ' ', n.last(), ' and my date of birth changed in your system'],
  (_r, n) => ['my sister ', n.full(), ' is staying with me she needs ', n.drug()],
  (_r, n) => [n.word('will'), ' do thanks so much ', n.full()],
  (_r, n) => ['the ', n.word('summer'), ' heat makes the ', n.drug(), ' worse for me ', n.first(), ' ', n.last()],
  (_r, n) => ['record shows ', n.full(), ' as the subscriber'],
  (_r, n) => ['yes ', n.first(), ' speaking who is this'],
  (_r, n) => ['last name ', ...n.lastThenSpelled(), ' first initial ', n.any('a', 'j', 'm', 's')],
];

export const HOLDOUT_V2_SPANISH: NameTemplate[] = [
  (_r, n) => ['buenos días le habla ', n.esFull(), ' por lo de mi ', n.esDrug()],
  (_r, n) => ['mi hija ', n.esFirst(), ' tomó ', n.esDrug(), ' y tiene sueño'],
  (_r, n) => ['me dicen ', n.esFirst(), ' y llamo por mi pedido'],
  (_r, n) => ['el paciente se llama ', n.esFull()],
  (_r, n) => ['soy la esposa de ', n.esFull(), ' y necesito su ', n.esDrug()],
  (_r, n) => ['quería preguntar por la receta de ', n.esFull()],
];
