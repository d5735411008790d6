import type { Config } from '../config.ts';
import type { Compliance } from '../ports/compliance.ts';
import type { KnowledgeBase } from '../ports/knowledge-base.ts';
import type { Ticketing } from '../ports/ticketing.ts';
import { createEmbeddedCompliance } from './embedded/compliance.ts';
import { createEmbeddedKnowledgeBase } from './embedded/knowledge-base.ts';
import { createEmbeddedTicketing } from './embedded/ticketing.ts';
import { createHttpCompliance } from './http/compliance.ts';
import { createHttpKnowledgeBase } from './http/knowledge-base.ts';
import { createHttpTicketing } from './http/ticketing.ts';

export interface Ports {
  knowledgeBase: KnowledgeBase;
  ticketing: Ticketing;
  compliance: Compliance;
}

export interface PortsWithLifecycle extends Ports {
  kinds: Record<keyof Ports, 'embedded' | 'http'>;
  close(): Promise<void>;
}

/** Each port: its HTTP adapter when its URL is configured, the embedded implementation otherwise. */
export function createPortsFromConfig(config: Config, overrides: Partial<Ports> = {}): PortsWithLifecycle {
  const closers: Array<() => Promise<void>> = [];
  const kinds = { knowledgeBase: 'embedded', ticketing: 'embedded', compliance: 'embedded' } as PortsWithLifecycle['kinds'];
  const timeout = config.ADAPTER_TIMEOUT_MS;

  let knowledgeBase = overrides.knowledgeBase;
  if (!knowledgeBase && config.KB_URL) {
    const kb = createHttpKnowledgeBase(config.KB_URL, timeout);
    closers.push(kb.close);
    kinds.knowledgeBase = 'http';
    knowledgeBase = kb;
  }
  let ticketing = overrides.ticketing;
  if (!ticketing && config.TICKETING_URL) {
    const t = createHttpTicketing(config.TICKETING_URL, timeout);
    closers.push(t.close);
    kinds.ticketing = 'http';
    ticketing = t;
  }
  let compliance = overrides.compliance;
  if (!compliance && config.COMPLIANCE_URL) {
    const c = createHttpCompliance(config.COMPLIANCE_URL, timeout);
    closers.push(c.close);
    kinds.compliance = 'http';
    compliance = c;
  }
  return {
    knowledgeBase: knowledgeBase ?? createEmbeddedKnowledgeBase(),
    ticketing: ticketing ?? createEmbeddedTicketing(),
    compliance: compliance ?? createEmbeddedCompliance(),
    kinds,
    close: async () => {
      await Promise.allSettled(closers.map((close) => close()));
    },
  };
}
