import { namesProduct } from '../safety/case-report.ts';

/**
 * A post written for social media: it tags someone (@name) or a topic (#word). Pharmacovigilance reads such
 * posts for reports, and the service may be handed them.
 */
const SOCIAL_TAG = /(?:^|\s)[@#][a-z]/i;

/**
 * "@sam this #cymbalta has me dizzy all day, is that normal??": a social-media post that names a medicine
 * asks its questions of its readers, not of the service. When the model reads such a post as a report, its
 * question marks do not make it a health question (LABELING.md, a symptom after a named medicine): the
 * model's safety answer stands. An @ inside a word (an e-mail address) and a # before a number (an order
 * number) are no tags.
 */
export function isSocialPostOnMedicine(text: string): boolean {
  return SOCIAL_TAG.test(text) && namesProduct(text);
}
