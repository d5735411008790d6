/**
 * The Content-Security-Policy of every response: the API answers JSON, and the browser console
 * (static files at /console) loads only its own scripts, styles and images and calls only this
 * origin. Nothing may frame a page of ours, set a <base> or post a form elsewhere. /docs (Swagger
 * UI) alone gets a relaxed policy, set by @fastify/swagger-ui (`staticCSP`), for its inline
 * script and styles, which it allows by hash, not by 'unsafe-inline'.
 * @see https://www.w3.org/TR/CSP3/ and https://cheatsheetseries.owasp.org/cheatsheets/Content_Security_Policy_Cheat_Sheet.html
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
};
