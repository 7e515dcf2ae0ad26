// `npm run bench`, part 3, in a process of its own: the client side then holds nothing but what a
// language client holds, as VS Code's would (the in-process parts before keep a whole corpus in memory).
import { benchServer } from './server.ts';

void benchServer(process.argv[2]);
