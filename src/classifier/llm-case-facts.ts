import { z } from 'zod';
import { CASE_SUBTYPES } from '../safety-intake/types.ts';

export const FACT_VALUE_MAX = 120;

const element = (what: string) =>
  z
    .object({
      present: z.boolean(),
      value: z
        .string()
        .max(FACT_VALUE_MAX)
        .nullable()
        .describe('A few words; never a name, contact detail, id or date of birth; null when absent.'),
    })
    .describe(what);

/**
 * The case facts of the structured answer (same single call): the ICH E2D minimum elements,
 * the ICH E2A seriousness criteria and the subtype. Strict mode: every property required, nullable
 * instead of optional, no extra properties (zod objects convert with additionalProperties false).
 */
export const LlmCaseFactsSchema = z.object({
  patient: element('an identifiable patient (the sender, a relative by relation, an age or sex)'),
  reporter: element('an identifiable reporter (who is telling: the patient, a caregiver, a clinician, a pharmacist)'),
  suspect_product: element('the suspect product (drug, vaccine or device, or an unnamed one the person takes)'),
  adverse_event: element('an adverse event that happened (symptom, illness, injury, death)'),
  seriousness: z
    .object({
      death: z.boolean(),
      life_threatening: z.boolean(),
      hospitalisation: z.boolean().describe('Admitted to or kept in hospital, or an emergency-room visit.'),
      disability: z.boolean(),
      congenital_anomaly: z.boolean(),
      other_medically_important: z.boolean().describe('E.g. seizure, fainting, suicidal thoughts, serious bleeding.'),
    })
    .describe('ICH E2A seriousness criteria that the message says happened.'),
  subtype: z.enum(CASE_SUBTYPES).describe('The kind of report; the first that applies in the listed order.'),
});

