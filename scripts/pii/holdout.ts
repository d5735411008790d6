/**
 * The held-out part of the PII set (data/pii/holdout): sentence shapes and names, streets and towns
 * the main set does not use, written after the redactor was tuned on the main set and not tuned on
 * since. Its figures are the less optimistic ones.
 */
import type { Rng } from './random.ts';
import * as P from './pieces.ts';
import type { Template } from './templates.ts';
import * as V from './values.ts';

const any = (rng: Rng, ...options: string[]) => rng.pick(options);
const words = (s: string) => s.trim().split(/\s+/);

/** Replaces the value lists the pieces draw from, in place, with the holdout's. */
export function useHoldoutValues(): void {
  const swap = <T>(list: T[], values: T[]) => list.splice(0, list.length, ...values);
  swap(V.FIRST_NAMES, words('Zoe Harper Mateo Leonardo Chloe Ivy Felix Oscar Ruby Hazel Silas Ezra Wyatt Luna Nora Caleb Owen Eliza Iris Jasper Milo Stella Theo Violet Axel Kai Nia Aisha Imani Kwame Ravi Deepa Sana Yusuf Mariam Kenji Haruto Sven Ingrid Piotr'));
  swap(V.LAST_NAMES, words('Holloway Whitfield Ashford Pennington Blackwood Sandoval Quintero Okonkwo Adeyemi Lindqvist Petrov Sato Chowdhury Kapoor Mwangi Brennan Gallagher Delacroix Moreau Fontaine Castellanos Ibarra Zamora Arellano Esposito'));
  swap(V.ES_FIRST_NAMES, words('Ximena Valentina Santiago Emiliano Renata Camila Mateo Regina Bruno Itzel Lorenzo Abril Julieta Gael Salvador'));
  swap(V.ES_LAST_NAMES, words('Zamora Arellano Quintero Ibarra Sandoval Villalobos Cárdenas Benítez Montoya Aguilar Salazar Carrillo'));
  swap(V.STREETS, words('Juniper Alder Hawthorne Orchard Bayview Cypress Sequoia Beacon Harbor Quarry Linden Aspen'));
  swap(V.CITIES as Array<[string, string, string, string]>, [['Tulsa', 'OK', 'Oklahoma', '74103'], ['Spokane', 'WA', 'Washington', '99201'], ['Savannah', 'GA', 'Georgia', '31401'], ['Provo', 'UT', 'Utah', '84601'], ['Billings', 'MT', 'Montana', '59101'], ['Duluth', 'MN', 'Minnesota', '55802'], ['Akron', 'OH', 'Ohio', '44308'], ['Fargo', 'ND', 'North Dakota', '58102'], ['Macon', 'GA', 'Georgia', '31201'], ['Yuma', 'AZ', 'Arizona', '85364']]);
  swap(V.ES_STREETS, ['Calle Zaragoza', 'Avenida Hidalgo', 'Calle Allende', 'Avenida Universidad', 'Calle Guerrero']);
  swap(V.ES_CITIES, ['Oaxaca', 'Mérida', 'Toluca', 'Querétaro', 'Cali']);
}

export const HOLDOUT_ENGLISH: Template[] = [
  (rng, s) => [P.name(rng, s), ' (dob ', P.dob(rng, s), ') called about a late shipment of ', P.drug(rng, s), '; reach her at ', P.phone(rng, s), '.'],
  (rng, s) => ['Can you send the refill to my new place, ', P.address(rng, s), '? My number changed to ', P.phone(rng, s), '.'],
  (rng, s) => ['so my birthday is ', P.dob(rng, s), ' and the member number on the card is ', P.memberId(rng, s)],
  (rng, s) => ['Please remove ', P.email(rng, s), " from the mailing list, I'm ", P.name(rng, s), '.'],
  (rng, s) => ['Caller ', P.name(rng, s), ' states that ', P.drug(rng, s), ' ', P.dose(rng, s), ' caused ', P.symptom(rng, s), ' ', P.otherDate(rng, s), '. Callback ', P.phone(rng, s), '.'],
  (rng, s) => ['I was charged twice on my card ', P.card(rng, s), ' for ', P.drug(rng, s), ', order number ', P.orderNumber(rng, s), '.'],
  (rng, s) => ['My husband ', P.name(rng, s), ' needs his ', P.drug(rng, s), ' refilled, his rx number is ', P.rxNumber(rng, s), '.'],
  (rng, s) => ['ok the social is ', P.ssn(rng, s), ' and ', any(rng, 'my date of birth ', 'dob is ', 'i was born '), P.dob(rng, s)],
  (rng, s) => [P.drug(rng, s), ' and ', P.drug(rng, s), ' together gave me ', P.symptom(rng, s), ' ', P.otherDate(rng, s), ', is that normal? I take ', P.dose(rng, s), '.'],
  (rng, s) => ['Hello this is ', P.name(rng, s), ', I would like to update my email to ', P.email(rng, s), ' and my address to ', P.address(rng, s), '.'],
  (rng, s) => ['The claim ', P.claimNumber(rng, s), ' for ', P.name(rng, s), ' born ', P.dob(rng, s), ' was rejected by ', P.plan(rng, s), '.'],
  (rng, s) => ['my profile is ', P.url(rng, s), ', please take my ', P.drug(rng, s), ' history off it. ', P.name(rng, s, false)],
];

export const HOLDOUT_SPANISH: Template[] = [
  (rng, s) => ['Buenas tardes, habla ', P.name(rng, s), ', mi número es ', P.phone(rng, s), ' y vivo en ', P.address(rng, s), '.'],
  (rng, s) => ['El ', P.drug(rng, s), ' ', P.dose(rng, s), ' me causó ', P.symptom(rng, s), ' ', P.otherDate(rng, s), '; mi correo es ', P.email(rng, s), '.'],
  (rng, s) => ['Soy ', P.name(rng, s), ', nacida el ', P.dob(rng, s), ', mi receta es ', P.rxNumber(rng, s), '.'],
];
