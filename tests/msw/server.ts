import { setupServer } from 'msw/node';
import { serveDataDirectory } from './handlers';

/** One MSW server for the test run; unhandled requests are errors, never the network. */
export const server = setupServer(serveDataDirectory());
