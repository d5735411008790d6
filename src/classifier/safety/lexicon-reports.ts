import type { LexiconGroup } from './lexicon-types.ts';

/**
 * Case-report sentences in clinical language (LABELING.md): "a 45-year-old man developed hepatitis
 * two weeks after starting isoniazid", "we report a case of ...". They report an adverse event only
 * when a medicine, vaccine or device is in the message: "a 45-year-old man with diabetes presented
 * with chest pain" is history, informational.
 */
export const CASE_REPORT: LexiconGroup = {
  name: 'case-report',
  kind: 'adverse_event',
  mode: 'symptom',
  needs: 'medication',
  patterns: [
    /(?:an?|one|the|this) \d+[- ]?(?:year|yr|month|week|day)s?[- ]old (?:\S+ ){0,3}?(?:man|woman|male|female|boy|girl|patient|child|infant|baby|neonate|newborn|adolescent|teenager|lady|gentleman|pt)(?: \S+){0,15}? (?:developed|presented|experienced|suffered|complained|was admitted|was hospitali[sz]ed|was found|was treated for|died|had (?:an?|severe|acute|recurrent|persistent))/,
    /(?:we|here we|this report|this paper) (?:report|describe|present|discuss) (?:an?|the|two|three|four|five|\d+) (?:\S+ ){0,3}?(?:cases?|patients?|episodes?)/,
  ],
};

/**
 * A clinical phrase that ties an event to a medicine by itself: "neutropenia associated with the use
 * of clozapine", "following administration of". A general question about it is suppressed like any
 * evident phrase.
 */
export const CASE_REPORT_LINK: LexiconGroup = {
  name: 'case-report-link',
  kind: 'adverse_event',
  mode: 'evident',
  patterns: [
    /(?:associated with|attributed to|secondary to|induced by|caused by|related to) (?:the )?(?:administration|use|intake|ingestion|initiation|introduction|injection|infusion|treatment|therapy|exposure) (?:of|with|to)|(?:following|after) (?:the )?(?:administration|initiation|introduction|infusion) of|following (?:treatment|therapy) with/,
  ],
};
