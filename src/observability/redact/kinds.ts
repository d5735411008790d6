/** The kinds of personal data the redactor recognises, and the token each is replaced with. */
export const PII_TOKENS = {
  email: '[EMAIL]',
  phone: '[PHONE]',
  ssn: '[SSN]',
  dob: '[DOB]',
  member_id: '[MEMBER_ID]',
  mrn: '[MRN]',
  rx_number: '[RX]',
  claim_number: '[CLAIM]',
  order_number: '[ORDER]',
  card: '[CARD]',
  address: '[ADDRESS]',
  ip: '[IP]',
  url: '[URL]',
  name: '[NAME]',
} as const;

export type PiiKind = keyof typeof PII_TOKENS;
export const PII_KINDS = Object.keys(PII_TOKENS) as PiiKind[];

export interface PiiSpan {
  kind: PiiKind;
  /** UTF-16 offsets into the scanned text, end exclusive (as `String.prototype.slice`). */
  start: number;
  end: number;
}
