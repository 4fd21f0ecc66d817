import { runPost } from './warm.ts';

void runPost();
