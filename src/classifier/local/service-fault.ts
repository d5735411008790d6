import { asksSomething, OPENS_AS_QUESTION } from '../safety/asking.ts';
import { namesProduct } from '../safety/case-report.ts';
import { PRODUCT_PART, SERVICE_THING } from '../safety/faulty-thing.ts';
import { foldText } from '../safety/text.ts';

/** A fault told of a thing: it fails, hangs or shows an error, or a record on it is wrong. */
const FAULT =
  /(?<![a-z])(?:not working|stopped working|(?:is|was|are|were|does|did|wo|won|do)n'?t (?:work\w*|load\w*|respond\w*|open\w*)|(?:is|was|are|were|does|did) not (?:work\w*|load\w*|respond\w*|open\w*)|not (?:responding|loading|opening)|no longer (?:work\w*|load\w*|open\w*|accepted)|keeps? (?:crashing|freezing|logging me out)|crash(?:ed|es|ing)|froze|frozen|freez(?:es|ing)|(?:says|said|shows|showed|gives|gave|throws) (?:an? |me an? )?error|misspel\w*|mis-?label\w*|wrong name on|dented)(?![a-z])/;

/**
 * A fault of a card, an app, a website, an agent, a letter or a policy document told as a statement
 * ("the website is not responding when I try to pay", "there is a wrong name on my policy document",
 * "my online banking login is not working") asks for it to be fixed: LABELING.md, service_action (a
 * card to replace, a record to correct, a complaint about service). A question ("is the app down?",
 * "why is my card not working?") asks for information and stays with the model; a text that names a
 * medicine, a medical device or a pharmacy package is left to the guard (a product defect is a report).
 */
export function tellsOfServiceFault(text: string): boolean {
  const { folded } = foldText(text);
  if (asksSomething(text) || OPENS_AS_QUESTION.test(text.trim())) return false;
  return FAULT.test(folded) && SERVICE_THING.test(folded) && !PRODUCT_PART.test(folded) && !namesProduct(text);
}

/** A thing of the house, a car or a gadget: what breaks, leaks or runs low in them is no one's health. */
const EVERYDAY_THING =
  /(?<![a-z])(?:cars?|tires?|tyres?|engine|brakes?|vehicle|bikes?|batter(?:y|ies)|phones?|laptops?|computers?|tv|television|washing machine|washer|dryer|fridge|freezer|dishwasher|oven|stove|router|wi-?fi|printer|heater|boiler|furnace|roof|sink|toilet|pipes?|faucet|tap|lights?|bulbs?|headphones?|speakers?)(?![a-z])/;

/**
 * "my tire looks flat", "my washing machine is leaking": the text names a thing of the house, a car or a
 * gadget (out-of-domain reading, local-classifier.ts secondStage: the model's safety answer on such a text
 * with no word of care, money or a product is set aside up to a higher safety probability).
 */
export function namesEverydayThing(text: string): boolean {
  return EVERYDAY_THING.test(foldText(text).folded);
}
