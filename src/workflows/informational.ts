import type { KnowledgeBase } from '../ports/knowledge-base.ts';
import type { Workflow, WorkflowContext, WorkflowResult } from './types.ts';

const MAX_ARTICLES = 3;

function handoff(context: WorkflowContext, why: string, workflow: Record<string, unknown>): WorkflowResult {
  return {
    next_step: {
      action: 'handoff_to_agent',
      description: `${why} A support agent should answer this question.`,
      priority: context.decision.priority,
      requires_human_review: true,
      external_system: null,
      reference: null,
    },
    workflow,
    path: `knowledge base: ${why.toLowerCase().replace(/\.$/, '')} -> handoff_to_agent`,
  };
}

/**
 * informational -> KnowledgeBase. A knowledge base that fails degrades to an agent hand-off:
 * the customer still gets an answer from a person, never an error.
 */
export function createInformationalWorkflow(kb: KnowledgeBase, onOutcome?: (outcome: string) => void): Workflow {
  return async (context) => {
    let hits;
    try {
      hits = await kb.search(context.redacted, { limit: MAX_ARTICLES, locale: context.locale });
    } catch {
      onOutcome?.('error');
      return handoff(context, 'The knowledge base is unavailable.', { type: 'knowledge_base', articles: [], degraded: true });
    }
    onOutcome?.(hits.length > 0 ? 'answered' : 'no_match');
    const articles = hits.map(({ id, title, snippet, url, score }) => ({ id, title, snippet, url: url ?? null, score: round(score) }));
    if (articles.length === 0) return handoff(context, 'No knowledge-base article matched.', { type: 'knowledge_base', articles });
    const best = articles[0]!;
    return {
      next_step: {
        action: 'send_kb_article',
        description: `Answer with the article "${best.title}" (${best.id}).`,
        priority: context.decision.priority,
        requires_human_review: context.decision.requires_human_review,
        external_system: 'knowledge_base',
        reference: best.id,
      },
      workflow: { type: 'knowledge_base', articles },
      path: `knowledge base: ${articles.length} article(s), best ${best.id}`,
    };
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
