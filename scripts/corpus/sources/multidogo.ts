/**
 * MultiDoGO (awslabs/multi-domain-goal-oriented-dialogues-dataset, CDLA-Permissive-1.0): customer
 * turns of human-to-human customer-service chats (crowd workers playing customers, agents answering),
 * intent-annotated per turn. Used: the finance, insurance, airline and media domains. Requests on the
 * customer's own account or booking map to service_action (also look-ups of their own record, as
 * "where is my order" does in LABELING.md), general questions to informational. A lost card is
 * service_action, a stolen card or a charge the customer did not make is safety_compliance: the
 * finance labels reportlostcard and disputecharge hold both, so the turn's own words decide (the
 * two patterns below). Greetings, confirmations, bare slot values ("contentonly"), out-of-domain
 * turns and turns with several intents are dropped.
 */
import type { Category } from '../../../src/domain.ts';
import { parseDelimited } from '../csv.ts';
import type { Decision, RawRow, RealSource } from '../pipeline.ts';

const DIR = 'data/paper_splits/splits_annotated_at_turn_level';
export const MULTIDOGO_DOMAINS = ['finance', 'insurance', 'airline', 'media'];
const SPLITS = ['train', 'dev', 'test'];

/** A card or wallet taken by someone. */
export const STOLEN = /\b(stole|stolen|steal|stealing|theft|thief|thieves|robbed|robbery|pickpocket\w*|snatched)\b/i;
/** A charge or use of the card the customer says they did not make. */
export const NOT_MINE = /\b(fraud\w*|unauthori[sz]ed|not authori[sz]ed|unrecogni[sz]ed|(did ?n[o']?t|didnt|never|not) (make|made|do|did|buy|bought|purchase|purchased|order|ordered|authori[sz]e|authori[sz]ed|recogni[sz]e)|(do ?n[o']?t|dont) recogni[sz]e|not mine|was ?n[o']?t me|someone (else )?(used|charged|made|took))\b/i;

const FILLER = 'dialogue filler (greeting, thanks, yes/no, a bare slot value or out of domain)';
const S: Category = 'service_action';
const I: Category = 'informational';
type Rule = Category | { drop: string } | 'lost_or_stolen' | 'charge_dispute';

/** Per domain/intent label: the category, a text rule, or the reason the turn is dropped. */
export const MULTIDOGO_TABLE: Record<string, Rule> = {
  'finance/reportlostcard': 'lost_or_stolen',
  'finance/disputecharge': 'charge_dispute',
  'finance/replacecard': S, 'finance/updateaddress': S, 'finance/transfermoney': S, 'finance/closeaccount': S,
  'finance/orderchecks': S, 'finance/checkbalance': S,
  'finance/getroutingnumber': I, 'finance/checkoffereligibility': I,
  'insurance/getproofofinsurance': S, 'insurance/checkclaimstatus': S,
  'insurance/reportbrokenphone': { drop: 'a broken-phone claim: worded like a device-defect report, which for a medical device is safety_compliance' },
  'airline/bookflight': S, 'airline/changeseatassignment': S, 'airline/getboardingpass': S, 'airline/getseatinfo': S,
  'media/startserviceintent': S, 'media/viewbillsintent': S, 'media/transferserviceintent': S, 'media/upgradeserviceintent': S,
  'media/cancelserviceintent': S, 'media/viewdatausageintent': S, 'media/updateaccountinfo': S,
  'media/getinformationintent': I, 'media/getchannelpackageintent': I,
};
for (const domain of MULTIDOGO_DOMAINS) {
  for (const filler of ['contentonly', 'confirmation', 'rejection', 'openinggreeting', 'closinggreeting', 'thankyou', 'outofdomain']) {
    MULTIDOGO_TABLE[`${domain}/${filler}`] = { drop: FILLER };
  }
}

export function mapMultidogo(row: RawRow): Decision {
  if (row.label.includes('<div>')) return { drop: 'several intents in one turn' };
  const rule = MULTIDOGO_TABLE[row.label];
  if (rule === undefined) return { drop: 'label not in the mapping table' };
  if (rule === 'lost_or_stolen') return { category: STOLEN.test(row.text) || NOT_MINE.test(row.text) ? 'safety_compliance' : 'service_action' };
  if (rule === 'charge_dispute') return { category: NOT_MINE.test(row.text) || STOLEN.test(row.text) ? 'safety_compliance' : 'service_action' };
  return typeof rule === 'string' ? { category: rule } : rule;
}

export const multidogo: RealSource = {
  name: 'multidogo',
  repo: 'awslabs/multi-domain-goal-oriented-dialogues-dataset',
  commit: 'baa30639c4b271f394b81443c842193407cdf26d',
  paths: MULTIDOGO_DOMAINS.flatMap((d) => SPLITS.map((s) => `${DIR}/${d}/${s}.tsv (columns utterance, intent)`)),
  licence: 'CDLA-Permissive-1.0',
  licenceFile: 'LICENSE.txt',
  channel: 'chat',
  caps: { informational: 400, service_action: 1500, safety_compliance: 1000 },
  read(snapshot) {
    const rows: RawRow[] = [];
    for (const domain of MULTIDOGO_DOMAINS) {
      for (const split of SPLITS) {
        const path = `${DIR}/${domain}/${split}.tsv`;
        const [header, ...records] = parseDelimited(snapshot.read(path), '\t');
        const at = (name: string) => header!.indexOf(name);
        for (const cells of records) {
          if (cells.length !== header!.length) {
            rows.push({ ref: `${path}#malformed${rows.length}`, label: 'malformed row', text: '' });
            continue;
          }
          rows.push({ ref: cells[at('utteranceId')]!, label: `${domain}/${cells[at('intent')]}`, text: cells[at('utterance')]! });
        }
      }
    }
    return rows;
  },
  map: mapMultidogo,
};
