import Fastify from 'fastify';
import { serveChildProtocol } from './child-protocol.ts';

/** Scenario (a): the smallest Fastify JSON route, no logging: the ceiling on this machine. */
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
serveChildProtocol(address, () => app.close());
