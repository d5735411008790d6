/**
 * VAERS narratives (OHNLP/covid19vaxae, Apache-2.0; the VAERS reports themselves are US government
 * public data): the free-text SYMPTOM_TEXT a patient, relative or clinician wrote when reporting
 * an event after a COVID-19 vaccination. Every report is an adverse-event (or vaccination-error)
 * report: safety_compliance.
 */
import { parseTable } from '../csv.ts';
import type { Decision, RawRow, RealSource } from '../pipeline.ts';

export const VAERS_PATHS = ['sample.csv', 'm_sample.csv'];

export function mapVaers(row: RawRow): Decision {
  return row.label === 'vaers_report' ? { category: 'safety_compliance' } : { drop: 'label not in the mapping table' };
}

export const vaers: RealSource = {
  name: 'vaers',
  repo: 'OHNLP/covid19vaxae',
  commit: 'b328bfef6bb312d42c433aea6a505a444576b211',
  paths: VAERS_PATHS.map((path) => `${path} (column SYMPTOM_TEXT, one row per VAERS_ID)`),
  licence: 'Apache-2.0 (repository); VAERS data: US government public data',
  channel: 'chat',
  caps: { safety_compliance: 1500 },
  read(snapshot) {
    const rows: RawRow[] = [];
    for (const path of VAERS_PATHS) {
      for (const record of parseTable(snapshot.read(path), ',')) {
        rows.push({ ref: `VAERS_ID:${record['VAERS_ID']}`, label: 'vaers_report', text: record['SYMPTOM_TEXT'] ?? '' });
      }
    }
    return rows;
  },
  map: mapVaers,
};
