/** Message templates: each returns the parts of one customer message, in the style of its channel. */
import type { Rng } from './random.ts';
import * as P from './pieces.ts';
import type { Part, Style } from './pieces.ts';

export type Template = (rng: Rng, s: Style) => Part[];
const any = (rng: Rng, ...options: string[]) => rng.pick(options);

const nameCue = (rng: Rng, s: Style): Part[] => {
  const n = P.name(rng, s, rng.chance(0.7));
  return rng.pick<Part[]>([['my name is ', n], ['this is ', n, ', '], ['hi, ', n, ' here, '], ["it's ", n, ' calling, '], ['name: ', n, '. '], ["hi I'm ", n, ' and ']]);
};
const dobCue = (rng: Rng) => any(rng, 'date of birth ', 'my date of birth is ', 'dob ', 'DOB: ', 'born ', 'I was born on ', 'birthday is ', 'birthdate ', 'd.o.b. ');
const phoneCue = (rng: Rng) => any(rng, 'call me at ', 'my number is ', 'you can reach me on ', 'phone ', 'cell: ', 'call back ', 'text me at ', 'my phone number is ');

export const ENGLISH: Template[] = [
  (rng, s) => [...nameCue(rng, s), dobCue(rng), P.dob(rng, s), ', I need a refill of my ', P.drug(rng, s), ' ', P.dose(rng, s), '.'],
  (rng, s) => ['please update my address to ', P.address(rng, s), any(rng, ', my member id is ', '. member ID ', ', member number '), P.memberId(rng, s), '.'],
  (rng, s) => ['can someone ', phoneCue(rng), P.phone(rng, s), any(rng, " it's about my ", ' regarding the ', ', question on my '), P.drug(rng, s), ' order.'],
  (rng, s) => ['I started ', P.drug(rng, s), ' ', P.dose(rng, s), ' ', P.otherDate(rng, s), ' and now I have ', P.symptom(rng, s), '. This is ', P.name(rng, s), ', ', phoneCue(rng), P.phone(rng, s), '.'],
  (rng, s) => ['My ', P.drug(rng, s), ' refill at ', P.pharmacy(rng, s), ' was rejected by ', P.plan(rng, s), ', please help. ', any(rng, '', 'Thanks, ', 'thank you '), P.name(rng, s), '.'],
  (rng, s) => [any(rng, 'my social is ', 'ssn ', 'social security number ', 'the last thing they asked was my social, ', 'for verification: '), P.ssn(rng, s), ' and ', dobCue(rng), P.dob(rng, s), '.'],
  (rng, s) => [any(rng, 'charge the copay to my card ', 'card number ', 'please use my visa ', 'bill it to ', 'my credit card is '), P.card(rng, s), any(rng, ' for the ', ' for my '), P.drug(rng, s), '.'],
  (rng, s) => [any(rng, 'send the receipt to ', 'my email is ', 'email me at ', 'e-mail: ', 'the portal account is '), P.email(rng, s), any(rng, ' thanks, I take ', '. I take ', ' please, I take ', ', I take '), P.dose(rng, s)],
  (rng, s) => [any(rng, 'refill rx number ', 'prescription number ', 'rx # ', 'Rx ', 'refill for prescription '), P.rxNumber(rng, s), any(rng, ' please', ' at ', ' for pickup at '), ' ', P.pharmacy(rng, s), '.'],
  (rng, s) => [any(rng, 'claim number ', 'my claim # ', 'claim '), P.claimNumber(rng, s), ' was denied by ', P.plan(rng, s), ' for ', P.drug(rng, s), '.'],
  (rng, s) => [any(rng, 'order number ', 'order # ', 'my order '), P.orderNumber(rng, s), ' with my ', P.drug(rng, s), any(rng, " hasn't arrived", ' is late', ' never came'), '.'],
  (rng, s) => ['my ', P.plan(rng, s), any(rng, ' id number is ', ' member id ', ' subscriber id '), P.memberId(rng, s), ', does it cover ', P.drug(rng, s), '?'],
  (rng, s) => ["I'm calling for my ", any(rng, 'mother ', 'father ', 'husband ', 'wife ', 'son ', 'daughter '), P.name(rng, s), ', ', any(rng, 'she was born ', 'born ', 'date of birth '), P.dob(rng, s), ', took ', P.drug(rng, s), ' ', P.dose(rng, s), ' and got ', P.symptom(rng, s), ' ', P.otherDate(rng, s), '.'],
  (rng, s) => ['does ', P.drug(rng, s), ' interact with ', P.drug(rng, s), '? I take ', P.dose(rng, s), ' and have ', P.symptom(rng, s), ' ', P.otherDate(rng, s), '.'],
  (rng, s) => [P.pharmacy(rng, s), ' says my ', P.plan(rng, s), ' card does not cover ', P.drug(rng, s), ' ', P.dose(rng, s), ', can you check?'],
  (rng, s) => [P.name(rng, s), any(rng, ' here, ', ', '), 'I need to move my ', P.drug(rng, s), ' pickup to ', P.pharmacy(rng, s), ', ', phoneCue(rng), P.phone(rng, s), '.'],
  (rng, s) => ['Ship it to ', P.address(rng, s), any(rng, ' please. ', '. '), any(rng, 'Email ', 'Contact: ', 'or email '), P.email(rng, s)],
  (rng, s) => [any(rng, 'my son ', 'my daughter ', 'my husband ', 'my wife '), P.name(rng, s, false), any(rng, ' took ', ' got '), P.dose(rng, s), ' of ', P.drug(rng, s), ' by mistake ', P.otherDate(rng, s), ', we live at ', P.address(rng, s), '.'],
  (rng, s) => ['verify me: ', P.name(rng, s), ', ', P.dob(rng, s), ', ', P.ssn(rng, s), '.'],
  (rng, s) => [any(rng, 'the copay was charged twice on ', 'refund to card ', 'I paid with '), P.card(rng, s), ', ', any(rng, 'my email is ', 'receipt to '), P.email(rng, s), '.'],
  (rng, s) => ['someone posted my prescription info at ', P.url(rng, s), ', my ', P.drug(rng, s), ' and my ', any(rng, 'phone ', 'number '), P.phone(rng, s), '.'],
];

export const SPANISH: Template[] = [
  (rng, s) => [any(rng, 'hola soy ', 'me llamo ', 'mi nombre es '), P.name(rng, s), ', ', any(rng, 'mi fecha de nacimiento es ', 'nací el ', 'fecha de nacimiento '), P.dob(rng, s), ', necesito surtir mi receta de ', P.drug(rng, s), ' ', P.dose(rng, s), '.'],
  (rng, s) => ['me llamo ', P.name(rng, s), any(rng, ' y mi teléfono es ', ', llámenme al ', ', mi número es '), P.phone(rng, s), '.'],
  (rng, s) => [any(rng, 'mi dirección nueva es ', 'envíenlo a ', 'vivo en '), P.address(rng, s), ', gracias.'],
  (rng, s) => ['empecé a tomar ', P.drug(rng, s), ' ', P.dose(rng, s), ' ', P.otherDate(rng, s), ' y tengo ', P.symptom(rng, s), ', llámenme al ', P.phone(rng, s), '.'],
  (rng, s) => [any(rng, 'mi correo es ', 'escríbanme a ', 'correo: '), P.email(rng, s), ', es sobre mi ', P.drug(rng, s), '.'],
  (rng, s) => [any(rng, 'mi número de seguro social es ', 'seguro social '), P.ssn(rng, s), ' y ', any(rng, 'número de afiliado ', 'mi número de miembro es '), P.memberId(rng, s), '.'],
  (rng, s) => [any(rng, 'número de receta ', 'receta número ', 'mi receta '), P.rxNumber(rng, s), ' en ', P.pharmacy(rng, s), ', ', P.plan(rng, s), ' no la cubre.'],
  (rng, s) => ['mi ', P.drug(rng, s), ' me da ', P.symptom(rng, s), ' ', P.otherDate(rng, s), '. Saludos, ', P.name(rng, s), '.'],
];
