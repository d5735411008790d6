import { foldText } from '../safety/text.ts';
import { namesProduct } from '../safety/case-report.ts';
import { UNACCOUNTED } from './account-request.ts';
import { MISUSE } from './command-turn.ts';

/**
 * What befell the customer or a relative that an insurer or a bank deals with as routine work: an accident
 * on the road ("a car crash", "someone rear-ended me", "a fender bender"), damage by the weather, water or
 * fire ("hail", "the basement flooded", "a tree fell on the garage"), a fall at home or at work, or a death
 * in the family ("my husband passed away").
 */
const LOSS =
  /(?<![a-z])(?:accidents?|crash(?:ed|es)?|car wreck|wrecked|collisions?|collided|rear-?ended|fender[- ]?bender|hit and run|(?:was|were|got|been) (?:hit|struck|knocked)|t-?boned|totall?ed|storms?|hail\w*|floods?|flooded|flooding|(?:house|home|kitchen|garage) fire|fire (?:at|in|damage)|burst (?:pipe|water)|tree fell|(?:slipped|tripped|fell) (?:on|off|down|at|in|over)|passed away|died|death|deceased|late (?:husband|wife|father|mother|dad|mum|mom|son|daughter|partner)|bereave\w*|funeral)(?![a-z])/;

/**
 * The work the customer brings it to: a claim, a policy, cover, an account or its payout ("i need to file a
 * claim", "remove him from our joint account", "does my policy pay for the hospital bills").
 */
const WORK =
  /(?<![a-z])(?:claims?|claiming|claimed|policy|policies|insurance|insurer|insured|cover|covered|coverage|deductible|adjuster|payout|pay out|settlement|accounts?|beneficiar(?:y|ies)|estate|premiums?|bills?|repairs?|replaced|replacement|tow(?:ed|ing)?|rental car)(?![a-z])/;

/**
 * Words of a medicine's or a product's part in what happened ("the new pills made me drowsy and I crashed", "a
 * reaction to the shot", "the pharmacy gave him the wrong dose"): with any of them the text may report an
 * event to a medicine, and the reading does not apply. namesProduct holds the drug names and the device words.
 */
const MEDICINE_PART =
  /(?<![a-z])(?:medic\w*|meds?|drugs?|pills?|tablets?|capsules?|doses?|dosage|overdos\w*|prescri\w*|pharmac\w*|rx|vaccin\w*|shots?|jabs?|inject\w*|reactions?|side[- ]effects?|allerg\w*|after (?:taking|starting|i took|he took|she took)|since (?:taking|starting))(?![a-z])/;

/**
 * Words of a misuse of the customer's name, details or card ("the other driver used my details to open a
 * policy", "pretending to be me"), of blame, of a legal or a regulatory complaint ("the nursing home neglected him, i want to file a claim
 * against them", "my lawyer says"): LABELING.md counts a legal complaint as safety_compliance, and the reading
 * does not apply.
 */
const BLAME =
  /(?<![a-z])(?:(?:used|using|uses|took|taken) (?:my|our|his|her) (?:name|details|identity|information|info|data|card|cards|number|policy|account|social security|ssn)|in (?:my|our|his|her) name|pretend\w*|impersonat\w*|identity|fraud\w*|scam\w*|hack\w*|stole|stolen|steal\w*|lawyers?|attorneys?|sue|suing|sued|lawsuit|legal\w*|negligen\w*|malpractice|neglect\w*|complain\w*|report(?:ed|ing)? (?:them|it|him|her)|regulator\w*|ombudsman|board|hipaa|fault of|because of (?:the|a|an|his|her|their) (?:doctor|nurse|hospital|surgeon|clinic|care home|nursing home|staff))(?![a-z])/;

/**
 * claim after a loss: an injury, a death or damage told as what happened in an accident, a storm, a fire, a
 * fall or a bereavement, brought to a claim, a policy or an account ("i got hurt in a car crash and need to
 * claim for the hospital bills", "my husband passed away and i need to remove him from our joint account").
 * LABELING.md: claims after an accident are routine claims work and the other driver is a party, not a
 * wrongdoer; a symptom with no medicine, vaccine, device or product is no adverse event. Not when a medicine
 * or a product takes part (MEDICINE_PART, namesProduct), nor with a word of someone else's doing or of money
 * the customer cannot account for (MISUSE, UNACCOUNTED), nor with a word of blame or of a legal complaint (BLAME): "somebody filed a claim on my policy using my name"
 * stays a misuse.
 */
export function tellsClaimAfterLoss(text: string): boolean {
  const { folded } = foldText(text);
  if (!LOSS.test(folded) || !WORK.test(folded) || MEDICINE_PART.test(folded)) return false;
  if (MISUSE.test(folded) || UNACCOUNTED.test(folded) || BLAME.test(folded)) return false;
  return !namesProduct(text);
}
