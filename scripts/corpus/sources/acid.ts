/**
 * EVALUATION ONLY (never trained on, never committed): the AmFam Chatbot Intent Dataset (ACID,
 * AmFamMLTeam/ACID; Acharya and Fung 2020): customers' messages to an insurance company's chatbot,
 * taken from past interactions with its representatives, in 175 intents (customer_training.csv and
 * customer_testing.csv, columns INTENT_NAME, UTTERANCES). No licence in the repository: not
 * redistributable. Every intent is named INFO_*, whatever it does; the table below decides each by
 * what the customer wants (LABELING.md): a change, a request or a complaint on their own policy,
 * payment, claim or account -> service_action; a question about coverage, prices, places, numbers or
 * their own record that needs no action -> informational (the synthetic corpus labels "when is my
 * premium due" and "what's the status of my appeal" informational). An intent that holds both kinds
 * ("how to make a payment" and "want to make a payment"), a website or login problem, a vendor's
 * message or chit-chat is dropped. No intent is a safety report (a stolen car is a claim, not misuse
 * of the customer's identity), so the set measures the other two categories and false safety alarms.
 */
import { parseTable } from '../csv.ts';
import type { Decision, RawRow, RealSource } from '../pipeline.ts';

export const ACID_PATHS = ['customer_training.csv', 'customer_testing.csv'];

const SERVICE = 'service_action' as const;
const INFO = 'informational' as const;
const MIXED = { drop: 'the intent holds both questions and requests: no single category fits' };
const WEBSITE = { drop: 'a website, login or document-access problem: no single category fits' };
const QUOTE = { drop: 'a quote request: between a price question (informational) and an application (service_action)' };
const VENDOR = { drop: 'a body shop, lender, vendor or employer, not a customer' };
const CHAT = { drop: 'chit-chat or dialogue control' };

export const ACID_TABLE: Record<string, 'service_action' | 'informational' | { drop: string }> = {
  INFO_ADD_HOUSE: SERVICE,
  INFO_ADD_REMOVE_INSURED: SERVICE,
  INFO_ADD_REMOVE_VEHICLE: SERVICE,
  INFO_ADD_VEHICLE_PROPERTY_PAPERLESS_BILLING: SERVICE,
  INFO_AGENT_WRONG: SERVICE,
  INFO_AGT_NOT_RESPONDING: SERVICE, // a complaint about service
  INFO_AMERICAN_STAR: INFO,
  INFO_AMT_DUE: INFO,
  INFO_AST_PURCHASE: SERVICE,
  INFO_AST_QUOTE: WEBSITE,
  INFO_ATV_INS_EXPLAN: INFO,
  INFO_AUTO_COV_QUESTION: INFO,
  INFO_AUTO_INS_CANADA: INFO,
  INFO_AUTO_POLICY_CANT_SEE_IN_ACCT: WEBSITE,
  INFO_AUTO_PYMT_CANCEL: SERVICE,
  INFO_AUTO_PYMT_MIN_BALANCE: INFO,
  INFO_AUTO_PYMT_SCHEDULE: INFO,
  INFO_BILLING_ACCT_NAME_EDIT: SERVICE,
  INFO_BILLING_ACCT_NUM: INFO,
  INFO_BILLING_DEPT_CONTACT: INFO,
  INFO_BILL_DUE_DATE: INFO,
  INFO_BOAT_COV_EXPLAN: INFO,
  INFO_BUSINESS_POLICY_CANT_SEE: WEBSITE,
  INFO_CANCEL_CONFIRM: INFO,
  INFO_CANCEL_FEE: INFO,
  INFO_CANCEL_INS_POLICY: SERVICE,
  INFO_CANT_SEE_FARM_RANCH_POLICY: WEBSITE,
  INFO_CANT_SEE_POLICY: WEBSITE,
  INFO_CAREERS: INFO,
  INFO_CFR_QUESTION_GENERAL: INFO,
  INFO_CHANGE_AGENT: SERVICE,
  INFO_CHANGE_AUTOPAY_DATE: SERVICE,
  INFO_CHANGE_BANK_ACCT: SERVICE,
  INFO_CHANGE_USERID: SERVICE,
  INFO_CL_ADJUSTER_INFO: INFO,
  INFO_CL_CHECK_STATUS: VENDOR,
  INFO_CL_CLAIM_FILED: INFO,
  INFO_CL_COMPLAINT: SERVICE, // a complaint about claim handling
  INFO_CL_DOCS_EMAIL: INFO,
  INFO_CL_DOCS_FAX: INFO,
  INFO_CL_DOCS_MAIL: INFO,
  INFO_CL_DOCS_SEND: INFO,
  INFO_CL_DRP_ASSIGN: VENDOR,
  INFO_CL_DRP_JOIN: VENDOR,
  INFO_CL_FILE_CLAIM: SERVICE,
  INFO_CL_FNOL: SERVICE, // first notice of loss: files a claim
  INFO_CL_FNOL_AUTO_HAIL: SERVICE,
  INFO_CL_GLASS_SAFELITE: MIXED,
  INFO_CL_HRP_JOIN: VENDOR,
  INFO_CL_RENTAL: SERVICE,
  INFO_CL_SHOP_ADD_WORK: VENDOR,
  INFO_CL_SHOP_SEND_ESTIMATE: VENDOR,
  INFO_CL_STATUS: INFO,
  INFO_CL_UPDATE_INFO: SERVICE,
  INFO_COLLECTIONS: MIXED,
  INFO_COLL_COV_EXPLAN: INFO,
  INFO_COMBINE_PYMTS: SERVICE,
  INFO_COMP_COV_EXPLAN: INFO,
  INFO_CONFIRM_COVERAGE: INFO,
  INFO_CREDIT_CARD_CHANGE_NUM: SERVICE,
  INFO_CREDIT_CARD_FEE: INFO,
  INFO_CUSTOMER_SERVICE_HOURS: INFO,
  INFO_DEC_PAGE_NEEDED: SERVICE, // asks for a copy of a document
  INFO_DEDUCTIBLE: INFO,
  INFO_DED_EXPLAN: INFO,
  INFO_DELETE_DUPE_PYMT: SERVICE, // paid twice: a refund (LABELING.md: a dispute about a purchase made)
  INFO_DIFFERENT_AMTS: MIXED,
  INFO_DISCOUNTS: INFO,
  INFO_DO_NOT_CONTACT: SERVICE,
  INFO_DREAMKEEP_REWARDS: INFO,
  INFO_DREAMKEEP_REWARDS_ERRORS: WEBSITE,
  INFO_DREAMS_FOUNDATION: INFO,
  INFO_EMPLOYMENT_VERIFY: VENDOR,
  INFO_ERS: INFO,
  INFO_ERS_CONTACT: MIXED,
  INFO_ERS_REIMBURSE: SERVICE,
  INFO_FIND_AGENT: INFO,
  INFO_FLOOD_INS_EXPLAN: INFO,
  INFO_FORGOT_EMAIL: SERVICE,
  INFO_FORGOT_PASSWORD: SERVICE,
  INFO_FORGOT_USERID: SERVICE,
  INFO_GAP_COVERAGE: QUOTE,
  INFO_GEN_POLICY_COV_QUESTION: INFO,
  INFO_GET_A_QUOTE_AUTO: QUOTE,
  INFO_GET_A_QUOTE_AUTO_NONOWNER: QUOTE,
  INFO_GET_A_QUOTE_CFR: QUOTE,
  INFO_GET_A_QUOTE_OTHER: QUOTE,
  INFO_GET_A_QUOTE_RENTERS: QUOTE,
  INFO_GET_A_QUOTE_RENTERS_PURCHASE: SERVICE,
  INFO_GLASS_COV: INFO,
  INFO_HANDLING_FEE_REMOVE: SERVICE,
  INFO_HEALTH_INS_QUOTE: QUOTE,
  INFO_HOMESITE_CONTACT: VENDOR,
  INFO_INS_CARD_PRINT: WEBSITE,
  INFO_INS_CARD_PROOF: WEBSITE,
  INFO_INS_CARD_SEND: SERVICE,
  INFO_INS_NOT_AVAILABLE: INFO,
  INFO_KNOWYOURDRIVE: INFO,
  INFO_KNOWYOURDRIVE_DEVICE_ACTIVATE: SERVICE,
  INFO_KNOWYOURDRIVE_DEVICE_RETURN: SERVICE,
  INFO_KNOWYOURDRIVE_ERRORS: WEBSITE,
  INFO_LETTER_OF_EXPERIENCE: SERVICE,
  INFO_LIAB_EXPLAN: INFO,
  INFO_LIFE_BENEFICIARY_CHANGE: SERVICE,
  INFO_LIFE_CASH_OUT: SERVICE,
  INFO_LIFE_INCR_COV: MIXED,
  INFO_LIFE_POLICY_AMT_DUE: INFO,
  INFO_LIFE_POLICY_AUTO_PYMT: MIXED,
  INFO_LIFE_POLICY_CANCEL: SERVICE,
  INFO_LIFE_POLICY_CANNOT_SEE: WEBSITE,
  INFO_LIFE_QUESTION_GENERAL: MIXED,
  INFO_LIFE_REFUND: MIXED,
  INFO_LIFE_UPDATE_CONTACT_INFO: SERVICE,
  INFO_LOGIN_ERROR: WEBSITE,
  INFO_LOG_OUT: INFO,
  INFO_MAIL_PYMT_ADDRESS: INFO,
  INFO_MAKE_PYMT: MIXED,
  INFO_MEXICO_AUTO_INS: INFO,
  INFO_MORTGAGE_CO_POI: VENDOR,
  INFO_NAME_CHANGE: SERVICE,
  INFO_NEW_VEHICLE_GRACE_PERIOD: INFO,
  INFO_ONE_TIME_PYMT: MIXED,
  INFO_OPERATING_AREA: INFO,
  INFO_OPERATING_CO: INFO,
  INFO_PAPERLESS_DOCS_SETUP: SERVICE,
  INFO_PAPERLESS_DOCS_STOP: SERVICE,
  INFO_PAPERLESS_MAIL: INFO,
  INFO_PAY_LIFE_INS: MIXED,
  INFO_PHONE_NUM: INFO,
  INFO_PHONE_NUM_INTERNATIONAL: INFO,
  INFO_POI_OLD: WEBSITE,
  INFO_POLICY_DOC_NEEDED: SERVICE, // asks for a copy of a document
  INFO_POLICY_NUM: INFO,
  INFO_POLICY_TRANS_TO_RENTAL: INFO,
  INFO_PREMIUM_BREAKDOWN: MIXED,
  INFO_PREPAID_CARD_PYMT: MIXED,
  INFO_PROFILE_SECTION: INFO,
  INFO_PYMT_CONFIRM: INFO,
  INFO_PYMT_DUEDATE_CHANGE: SERVICE,
  INFO_PYMT_ERROR: WEBSITE,
  INFO_PYMT_HISTORY: INFO,
  INFO_PYMT_NOT_ONTIME: MIXED,
  INFO_PYMT_PROCESS_CHANGE: SERVICE,
  INFO_PYMT_SETUP_AUTO_PYMT: SERVICE,
  INFO_PYMT_TIME: INFO,
  INFO_REFUND_CHECK: MIXED,
  INFO_REINSTATE_INS_POLICY: SERVICE,
  INFO_RENTERS_COV_EXPLAN: INFO,
  INFO_RIDESHARE_COV: INFO,
  INFO_RV_INS_EXPLAN: INFO,
  INFO_SALVAGE_VEHICLE: INFO,
  INFO_SET_UP_ACCT: WEBSITE,
  INFO_SPEAK_TO_REP: SERVICE, // a transfer or callback request
  INFO_TEEN_SAFE_DRIVER_SIGNUP: SERVICE,
  INFO_THE_GENERAL_CONTACT: INFO,
  INFO_TRANSFER_ACCT_BALANCE: SERVICE,
  INFO_TRAVEL_INS_EXPLAN: INFO,
  INFO_UPDATE_CONTACT_INFO: SERVICE,
  INFO_UPDATE_EMAIL: SERVICE,
  INFO_UPDATE_LIENHOLDER: SERVICE,
  INFO_UPDATE_PHONE_NUM: SERVICE,
  INFO_UW_ALUMNI_DISCOUNT: INFO,
  INFO_WHO_IS_MY_AGENT: INFO,
  INFO_WHY_WAS_POLICY_CANCELLED: INFO,
  INFO_srtwentytwo: MIXED,
  NO: CHAT,
  YES: CHAT,
  ST_GENERAL_REQUEST: CHAT,
  ST_HELLO: CHAT,
  ST_HOW_IS_ABBY: CHAT,
  ST_HOW_OLD_IS_ABBY: CHAT,
  ST_IS_ABBY_REAL: CHAT,
  ST_THANK_YOU: CHAT,
  ST_WHAT_CAN_ABBY_DO: CHAT,
  ST_WHERE_DOES_ABBY_LIVE: CHAT,
};

export function mapAcid(row: RawRow): Decision {
  const entry = ACID_TABLE[row.label];
  if (entry === undefined) return { drop: 'label not in the mapping table' };
  return typeof entry === 'string' ? { category: entry } : entry;
}

export const acid: RealSource = {
  name: 'acid',
  repo: 'AmFamMLTeam/ACID',
  commit: '66bc5e0afa33495d8c61fba76b8c551af84bfa6e',
  paths: ACID_PATHS.map((p) => `${p} (column UTTERANCES, labelled by column INTENT_NAME)`),
  licence: 'none in the repository: not redistributable',
  channel: 'chat',
  caps: {},
  read(snapshot) {
    return ACID_PATHS.flatMap((path) =>
      parseTable(snapshot.read(path), ',').map((record, k) => ({ ref: `${path}:${k + 2}`, label: record['INTENT_NAME'] ?? '', text: record['UTTERANCES'] ?? '' })));
  },
  map: mapAcid,
};
