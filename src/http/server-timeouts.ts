
/**
 * Longer than the ALB's 60 s idle timeout (infra/terraform/alb.tf), so the load balancer always
 * closes an idle keep-alive connection first: if the app closed it first, a request the ALB sent
 * on it at that moment would fail with a 502. test/infra/terraform.test.ts keeps the two coherent.
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#connection-idle-timeout
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Node's own default for the headers; never more than the whole request's deadline. */
const HEADERS_TIMEOUT_MS = 60_000;

/**
 * Fastify/Node timeouts from REQUEST_TIMEOUT_MS: the whole request (headers and body) must arrive
 * within it, or the client gets 408 and the socket is closed, so a stalled body cannot hold a
 * connection open (the time the handler takes is not counted). Node checks every
 * `connectionsCheckingInterval`, so the 408 comes at most that much later.
 */
export function serverTimeoutOptions(requestTimeoutMs: number) {
  return {
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    http: {
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, requestTimeoutMs),
      connectionsCheckingInterval: Math.max(20, Math.min(1000, Math.floor(requestTimeoutMs / 10))),
    },
  };
}
