// Types of scripts/fresh-dist.js, which stays plain JavaScript because `npm run build` runs it.
export function distState(root?: string): 'fresh' | 'stale' | 'unknown';
export function writeStamp(root?: string): void;
