/** Which team's queue a service request goes to; the first rule that matches wins. */
const QUEUES: Array<{ queue: string; pattern: RegExp }> = [
  { queue: 'pharmacy-transfers', pattern: /\btransfer|\btransferir|\btraslad/i },
  { queue: 'pharmacy-refills', pattern: /\brefill|\brenew|\bprescription|\brx\b|\bmedication|\bmeds?\b|\bresurt|\breceta|\bauto-?refill/i },
  { queue: 'shipping', pattern: /\bship|\bdeliver|\bpackage|\btracking|\bparcel|\bmail order|\benv[ií]o|\bpaquete/i },
  { queue: 'billing', pattern: /\bbill|\bcharge|\brefund|\bpayment|\bpay\b|\binvoice|\bcopay|\bpremium|\bfactura|\bcobr|\breembols/i },
  { queue: 'insurance', pattern: /\binsurance|\bprior auth|\bcoverage|\bclaim|\bformulary|\bid card|\bmember card|\bseguro/i },
  { queue: 'appointments', pattern: /\bappointment|\bschedul|\bbook|\breschedul|\bvaccin|\bshot\b|\bcita\b/i },
  { queue: 'accounts', pattern: /\baccount|\bpassword|\blog ?in|\bsign ?in|\baddress|\bemail|\bphone number|\bcontrase[nñ]a|\bcuenta/i },
];

export function queueFor(text: string): string {
  return QUEUES.find((q) => q.pattern.test(text))?.queue ?? 'customer-service';
}
