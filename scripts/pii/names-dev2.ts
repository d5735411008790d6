/**
 * A second development set for people's names (data/pii/dev-names-2), written for issue #14 by the
 * helper who worked on the name finders after the second holdout's measurement: phrasings of contact
 * centres that the first development set lacks (possessives, titles, names given after the fact
 * "… is my name", third parties "tell …", "my neighbour …", caregivers, sign-offs of mails and chats,
 * nicknames "i go by …", Spanish "me dicen", "la señora", "le escribe"), names that are also words
 * ("hazel", "ginger", "dusty"; "rivers", "meadows", "hall") and names that no list holds (West African,
 * Polish, Turkish, Irish, Nahuatl). The redactor is tuned against it: its figures are not those of
 * unseen text. Its names, medicines and towns were chosen apart from those of every other set.
 */
import type { NameLists, NameTemplate } from './names-pieces.ts';

const words = (s: string) => s.trim().split(/\s+/);

export const DEV2_LISTS: NameLists = {
  first: words(`susan kevin tiffany gareth bridget brandon whitney derek monica travis
    hazel ginger dusty ivy clover honey violet buck sky
    chiamaka tendai adaeze kwesi akosua emeka bogdan tomasz zeynep saoirse oisin aarav dmitri thandiwe farid ifeoma`),
  last: words(`harper sullivan ashworth albrecht dawson grant keller
    rivers meadows hall wolf bird crane lane cobb burns
    adewale mwangi nowak tshabalala wojcik haddad abdullahi okoro balogun ivanova petrov kaur`),
  esFirst: words('citlali itzel joaquín rosalba bartolo socorro leticia heriberto nayibe abigail'),
  esLast: words('quintero larrañaga arellano zavala palafox montoya saucedo treviño'),
  clinicians: words('friedman abbas lindqvist mensah'),
  cities: words('tucson spokane wichita yakima duluth savannah'),
  drugs: words('lipitor synthroid lantus trulicity nexium plavix wellbutrin lamictal seroquel aricept mobic norvasc'),
  esDrugs: words('diclofenaco losartán insulina aspirina lantus'),
};

export const DEV2_ENGLISH: NameTemplate[] = [
  (_r, n) => [n.first(), "'s ", n.drug(), ' refill still says pending'],
  (_r, n) => ['hi yes ', n.full(), ' speaking i got a text about my ', n.drug()],
  (_r, n) => ["i'm the caregiver for ", n.full(), ' and she ran out of ', n.drug()],
  (_r, n) => ['this is mrs ', n.last(), ' returning your call about the ', n.drug()],
  (_r, n) => ['can you tell ', n.full(), ' that the ', n.drug(), ' is ready'],
  (_r, n) => ['my neighbor ', n.full(), ' asked me to pick up her ', n.drug()],
  (_r, n) => ['everyone calls me ', n.first(), ' but the account is under my legal name'],
  (_r, n) => [n.full(), ' is my name and i take ', n.drug()],
  (_r, n) => ['i go by ', n.first(), ' the ', n.drug(), ' gave me a headache'],
  (_r, n) => ['so ', n.full(), ' took two of the ', n.drug(), ' by mistake'],
  (_r, n) => ['the pharmacist told ', n.full(), ' it would be ready today'],
  (_r, n) => ['got a letter addressed to ', n.full(), ' about the ', n.drug(), ' coverage'],
  (_r, n) => ['please ask for ', n.first(), ' when you call back'],
  (_r, n) => ['writing for my grandmother ', n.full(), ' who takes ', n.drug()],
  (_r, n) => ['this message is for ', n.full(), ' from the pharmacy'],
  (_r, n) => ["i'm ", n.full(), "'s daughter she can't come to the phone"],
  (_r, n) => ["last name's ", n.last(), ' first is ', n.first()],
  (_r, n) => ['surname is ', n.last(), ' and the ', n.drug(), ' was denied'],
  (_r, n) => ['his name is ', n.full(), ' and he is eighty four'],
  (_r, n) => ['the patient ', n.full(), ' reports nausea on ', n.drug()],
  (_r, n) => ['me and my husband ', n.first(), ' both take ', n.drug()],
  (_r, n) => ['yeah this ', n.full(), ' the ', n.drug(), ' never came'],
  (_r, n) => ['mr ', n.last(), ' wants to know if ', n.drug(), ' is generic'],
  (_r, n) => ['put the order under ', n.full(), ' not my name'],
  (_r, n) => ['hello ', n.full(), ' again about the ', n.drug(), ' from ', n.city()],
  (_r, n) => ['i picked up ', n.first(), "'s ", n.drug(), ' but the label is wrong'],
  (_r, n) => ['my son ', n.full(), ' is away at college in ', n.city()],
  (_r, n) => ['dr ', n.clinician(), ' changed the dose of my ', n.drug(), ' my name is ', n.full()],
  (_r, n) => ['it should be in ', n.full(), "'s name"],
  (_r, n) => ['you are speaking with ', n.full(), ' i have a question about ', n.drug()],
  (_r, n) => ['i take ', n.drug(), ' and ', n.drug(), ' thanks so much\n', n.first()],
  (_r, n) => ['The ', n.drug(), ' copay went up again.\n\nBest,\n', n.full()],
  (_r, n) => ['Is ', n.drug(), ' covered? - ', n.full()],
  (_r, n) => ['my ', n.drug(), ' was late ', n.any('cheers', 'ty', 'thx'), ' ', n.first()],
  (_r, n) => [n.full(), ' calling back about the ', n.drug()],
  (_r, n) => ['the name on file should be ', n.full()],
  (_r, n) => ['could ', n.first(), ' pick up my ', n.drug(), ' for me'],
  (_r, n) => ['ms ', n.full(), ' is my mother and she is in ', n.city()],
  (_r, n) => ['did they ', n.word('grant'), ' the appeal for my ', n.drug(), ' this is ', n.full()],
  (_r, n) => ['my ', n.word('honey'), ' and i both take ', n.drug(), ' and the ', n.word('violet'), ' one is ', n.drug()],
  (_r, n) => ['the prescription is for ', n.full(), ' he is my son'],
  (_r, n) => ['i spoke with ', n.first(), ' yesterday about the ', n.drug(), ' refill'],
  (_r, n) => ['please let ', n.first(), ' know the ', n.drug(), ' is in'],
  (_r, n) => ['you can reach ', n.first(), ' at the same number'],
  (_r, n) => [n.first(), ' here again about the ', n.drug()],
  (_r, n) => ['this is pharmacist ', n.first(), ' from the store in ', n.city()],
  (_r, n) => ['the patient c/o ', n.word('severe'), ' nausea after the ', n.drug()],
];

export const DEV2_SPANISH: NameTemplate[] = [
  (_r, n) => ['me dicen ', n.esFirst(), ' y llamo por mi ', n.esDrug()],
  (_r, n) => ['la señora ', n.esFull(), ' no recibió su ', n.esDrug()],
  (_r, n) => ['le escribe ', n.esFull(), ' de ', n.city()],
  (_r, n) => ['soy la hija de ', n.esFull(), ' y ella toma ', n.esDrug()],
  (_r, n) => ['el nombre del paciente es ', n.esFullTwo()],
  (_r, n) => ['mi esposo ', n.esFirst(), ' tiene una pregunta sobre la ', n.esDrug()],
  (_r, n) => ['el pedido de ', n.esFull(), ' no ha llegado'],
  (_r, n) => ['gracias por su ayuda atentamente ', n.esFull()],
];
