import { axeShard } from './support/axe-shard.ts';

axeShard(4);
