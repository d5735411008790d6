import { namesDrug } from '../safety/medication.ts';
import { foldText } from '../safety/text.ts';

/**
 * Words of care and of money in English: a body part, a symptom or a state of body or mind, a
 * medicine or its use, a place or person of care, cover, a payment or its misuse. A message with
 * none of them and no drug name is outside what a safety report talks about ("Turn off the lights in
 * the bathroom", "Alert me at 0500 hrs").
 */
const CARE_PARTS = [
  // body
  'head|stomach|tummy|belly|abdomen|skin|liver|heart|chest|eyes?|eyelash\\w*|ears?|mouth|throat|muscles?|joints?|back|legs?|arms?|hands?|feet|foot|knees?|hips?|neck|shoulders?|blood|urine|pee|stools?|poop|bowels?|hair|nails?|lungs?|kidneys?|bladder|ovar\\w*|prostate|breasts?|face|lips?|tongue|nose|teeth|tooth|gums?|brain|nerves?|bones?|body|voice|vision|sexual|sex|period|menstrual|pregnan\\w*|baby|weight|pounds|lbs',
  // symptoms and states
  'pain\\w*|ache\\w*|sick\\w*|ill|illness|disease|infection|fever|cough|cold|flu|allerg\\w*|hurt\\w*|injur\\w*|bleed\\w*|vomit\\w*|diarr\\w*|rash|swell\\w*|dizz\\w*|feel\\w*|felt|sleep\\w*|asleep|awake|wak(?:e|es|ing|ed)|tired\\w*|energy|appetite|mood\\w*|anxi\\w*|depress\\w*|daze\\w*|shock|breath\\w*|tear\\w*|cry\\w*|nightmares?|groggy|grog\\w*|groog\\w*|peel\\w*|forget\\w*|memory|hearing|ringing|disorient\\w*|hyper\\w*|gained|symptoms?|effects?|side|reactions?|inflam\\w*|died|death|dead|dying|emergency|911|ambulance|suicid\\w*|overdose\\w*|nasty|problems?|worse|better|function\\w*|heat|sun',
  // medicines and care
  'dose|doses|dosage|pills?|tablets?|capsules?|medications?|medicines?|meds?|drugs?|prescri\\w*|rx|refills?|pharmac\\w*|doctors?|dr|hospital\\w*|er|clinic|nurse|vaccin\\w*|shots?|inject\\w*|treatment|therapy|procedure|surgery|mg|mcg|ml|tak(?:e|es|en|ing)|took|using|used|stopped|started|weaned|weened|titrat\\w*',
  // a medicine named by its class ('that steroid pack made me a raging lunatic')
  'steroids?|antibiotics?|antidepressants?|antipsychotics?|antihistamines?|statins?|inhalers?|chemo\\w*|birth control|contracept\\w*|opioids?|ssris?|pain ?killers?|vax',
];
/** Money and cover. */
const MONEY_PART =
  'insurance|plan|claims?|coverage|copay|member|card|account|charge\\w*|money|paid|pay\\w*|bill\\w*|refund\\w*|bank|atm|transfer\\w*|withdr\\w*|balance|spen[dt]\\w*|purchas\\w*|transactions?|debit\\w*|statements?|deposit\\w*|cash|dollars?|euros?|\\$\\d|stole\\w*|theft|fraud\\w*|scam\\w*|hack\\w*|pin|password';
const CARE_OR_MONEY = new RegExp(`(?<![a-z])(?:${[...CARE_PARTS, MONEY_PART].join('|')})(?![a-z])`);
const CARE = new RegExp(`(?<![a-z])(?:${CARE_PARTS.join('|')})(?![a-z])`);

/** The text (English) speaks of care or money at all; see CARE_OR_MONEY. */
export function speaksOfCareOrMoney(text: string): boolean {
  const { folded } = foldText(text);
  return CARE_OR_MONEY.test(folded) || namesDrug(folded);
}

/** The text (English) speaks of care at all: the body, a symptom or a state of body or mind, a medicine or its use, a place or person of care. */
export function speaksOfCare(text: string): boolean {
  const { folded } = foldText(text);
  return CARE.test(folded) || namesDrug(folded);
}
