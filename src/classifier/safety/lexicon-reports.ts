import type { LexiconGroup } from './lexicon-types.ts';

/**
 * Case-report sentences in clinical language: "a 45-year-old man developed hepatitis two weeks
 * after starting isoniazid", "we report a case of ...", "neutropenia associated with the use of
 * clozapine". The frame itself tells of an event in a patient; a general question about it
 * ("can hepatitis follow the use of isoniazid?") is suppressed like any evident phrase.
 */
export const CASE_REPORT: LexiconGroup = {
  name: 'case-report',
  kind: 'adverse_event',
  mode: 'evident',
  patterns: [
    /(?:an?|one|the|this) \d+[- ]?(?:year|yr|month|week|day)s?[- ]old (?:\S+ ){0,3}?(?:man|woman|male|female|boy|girl|patient|child|infant|baby|neonate|newborn|adolescent|teenager|lady|gentleman|pt)(?: \S+){0,15}? (?:developed|presented|experienced|suffered|complained|was admitted|was hospitali[sz]ed|was found|was treated for|died|had (?:an?|severe|acute|recurrent|persistent))/,
    /(?:we|here we|this report|this paper) (?:report|describe|present|discuss) (?:an?|the|two|three|four|five|\d+) (?:\S+ ){0,3}?(?:cases?|patients?|episodes?)/,
    /(?:associated with|attributed to|secondary to|induced by|caused by|related to) (?:the )?(?:administration|use|intake|ingestion|initiation|introduction|injection|infusion|treatment|therapy|exposure) (?:of|with|to)|(?:following|after) (?:the )?(?:administration|initiation|introduction|infusion) of|following (?:treatment|therapy) with/,
  ],
};
