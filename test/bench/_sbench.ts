import { benchServer } from './server.ts';
void benchServer('/work/main/.bench/corpus');
