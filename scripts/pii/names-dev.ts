/**
 * The development set for people's names in speech and free text (data/pii/dev-names): how callers
 * and chat writers give a name with few or no cues, in lower case and without punctuation, with the
 * traps next to them (medicines that look like names, pharmacies, plans, towns, clinicians, months,
 * and words such as "will", "hope", "bill" used as words). The redactor is tuned against this set;
 * its figures are not those of unseen text (data/pii/holdout-v2 is).
 */
import type { NameLists, NameTemplate } from './names-pieces.ts';

const words = (s: string) => s.trim().split(/\s+/);

export const DEV_LISTS: NameLists = {
  first: words(`maria john jennifer michael keisha tyrone deshawn priya raj wei mei thanh oluwaseun chidi fatima mohammed
    aleksandr svetlana siobhan connor brittany dakota jayden kaylee marisol xavier latoya shanice darnell
    will grace hope bill june april mark rose faith joy jack frank dawn amber hunter drew ray pat destiny
    gloria harold beverly eugene mildred lorraine vernon doris wanda earl`),
  last: words(`lopez brown young king white green price long hill wood fox stone banks nguyen patel okonkwo
    kowalczyk washington cooper mason walker baker rivera begay yazzie schwartz abernathy o'neil mcdonald
    richardson henderson thibodeaux fitzpatrick goldberg nakashima oyelaran castellano lindgren haskins`),
  esFirst: words('josé carmen lupita rogelio maricela alejandro yesenia gustavo araceli rigoberto dulce esteban'),
  esLast: words('hernández ramírez gonzález villarreal cervantes ochoa zúñiga espinoza barrera mejía'),
  clinicians: words('patel chen nguyen goldstein okafor ramirez kim shah'),
  cities: words('tampa denver austin phoenix fresno omaha reno boise dallas memphis'),
  drugs: words('allegra lyrica tramadol cialis humira xarelto eliquis januvia ozempic jardiance zoloft celebrex ambien keppra lasix'),
  esDrugs: words('paracetamol ibuprofeno metformina omeprazol lyrica allegra tramadol'),
};

export const DEV_ENGLISH: NameTemplate[] = [
  (_r, n) => ['this is ', n.full(), ' calling about my ', n.drug(), ' refill'],
  (_r, n) => ["hi my name's ", n.first(), " i'm calling because my ", n.drug(), ' is making me dizzy'],
  (_r, n) => ["it's for my mother ", n.full(), ' she takes ', n.drug(), ' every morning'],
  (_r, n) => ['yeah the last name is ', ...n.lastThenSpelled(), ' and the first name is ', n.first()],
  (_r, n) => ['i need to check on a prescription for ', n.full(), ' the ', n.drug(), ' one'],
  (_r, n) => ['patient ', n.full(), ' says the ', n.drug(), ' gave her a rash'],
  (_r, n) => ['caller is ', n.full(), ' regarding ', n.drug(), ' twenty milligrams'],
  (_r, n) => ['can you have someone call me back about the ', n.drug(), ' thanks ', n.first()],
  (_r, n) => ["i'm picking up for my husband his name is ", n.full()],
  (_r, n) => ['um ', n.full(), ' i was told to call about the prior authorization for ', n.drug()],
  (_r, n) => ['the ', n.drug(), ' is not working i want to talk to a pharmacist ', n.full()],
  (_r, n) => ['my daughter ', n.first(), ' is allergic to ', n.drug()],
  (_r, n) => ['first name ', n.first(), ' last name ', n.last()],
  (_r, n) => ["it's ", n.first(), ' again i called yesterday about the denial'],
  (_r, n) => ['this is ', n.first(), ' from ', n.city(), ' my ', n.drug(), ' order is late'],
  (_r, n) => ['you can leave a message for ', n.first(), ' on the voicemail'],
  (_r, n) => ['the prescription is under ', n.full()],
  (_r, n) => ['my doctor dr ', n.clinician(), ' prescribed ', n.drug(), ' and this is ', n.full()],
  (_r, n) => [n.word('will'), ' the ', n.drug(), ' be ready by ', n.word('may'), ' tenth i ', n.word('hope'), ' so this is ', n.first()],
  (_r, n) => ["hey it's ", n.full(), ' my card was declined'],
  (_r, n) => ['spelled ', n.spelledFirst(), ' thats my first name'],
  (_r, n) => ["i'm ", n.full(), ' and i live in ', n.city()],
  (_r, n) => ['the account holder is ', n.full()],
  (_r, n) => ['got a ', n.word('bill'), ' for the ', n.drug(), ' i thought it was covered my name is ', n.full()],
  (_r, n) => ['is there a ', n.word('grace'), ' period on the payment this is ', n.full(), ' speaking'],
  (_r, n) => ['last name ', n.last(), ' first name ', n.first()],
  (_r, n) => ['the name on the prescription is ', n.withInitial()],
  (_r, n) => ['yeah hi ', n.full(), ' here i need a refill'],
  (_r, n) => ["i'm calling for my dad ", n.first(), ' he fell after taking ', n.drug()],
  (_r, n) => ['refill for ', n.full(), ' please ', n.drug(), ' ninety tablets'],
  (_r, n) => ['okay so ', n.first(), ' ', n.last(), ' is the patient and i am the caregiver'],
  (_r, n) => ['i went to ', n.city(), ' in ', n.word('june'), ' and ran out of ', n.drug(), ' my name is ', n.first()],
  (_r, n) => ["my wife's name is ", n.first(), ' and she needs the ', n.drug(), ' transferred'],
  (_r, n) => ['she is ', n.full(), ' and her ', n.drug(), ' was never delivered'],
  (_r, n) => ['calling about ', n.full(), ' the ', n.drug(), ' made her sleepy'],
];

export const DEV_SPANISH: NameTemplate[] = [
  (_r, n) => ['hola me llamo ', n.esFull(), ' y tomo ', n.esDrug()],
  (_r, n) => ['soy ', n.esFirst(), ' y llamo por la receta de mi mamá'],
  (_r, n) => ['habla ', n.esFull(), ' de ', n.city(), ' sobre mi ', n.esDrug()],
  (_r, n) => ['es para mi madre ', n.esFull(), ' que toma ', n.esDrug()],
  (_r, n) => ['buenas tardes mi nombre es ', n.esFullTwo()],
  (_r, n) => ['le llamo de parte de ', n.esFull(), ' por el ', n.esDrug()],
  (_r, n) => ['la receta está a nombre de ', n.esFull()],
];
