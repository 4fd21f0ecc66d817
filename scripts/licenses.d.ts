// Types of scripts/licenses.js, which stays plain JavaScript so the build runs on ncc's Node.
export function productionPackages(lock: {
  packages: Record<string, { version?: string; license?: string; dev?: boolean; devOptional?: boolean }>;
}): [name: string, version: string, license: string, directory: string][];
export function renderNotices(packages: readonly [string, string, string, string][], root?: string): string;
