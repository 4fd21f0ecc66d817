// The ignore-rule audit as annotations, a summary section and a failure reason.
import type { IgnoreRulesLevel } from '../inputs.ts';
import { gitignoreBlock, ROOT_DIR, type MissingRule, type Negation } from '../ignore/audit.ts';
import type { FixResult, IgnoreAudit } from '../ignore/run.ts';
import type { AnnotationSpec } from './annotations.ts';
import { escapeHtml, htmlPath, plural, showPath } from './text.ts';

const DIRS_SHOWN = 5;

function dirList(dirs: readonly string[]): string {
  const shown = dirs.slice(0, DIRS_SHOWN).map((d) => (d === ROOT_DIR ? 'the project root' : showPath(d)));
  return dirs.length > DIRS_SHOWN ? `${shown.join(', ')} and ${dirs.length - DIRS_SHOWN} more` : shown.join(', ');
}

function missingMessage(rule: MissingRule, target: string): string {
  const only = rule.foundOnlyIn.length > 0 ? ` Only ${rule.foundOnlyIn.map(showPath).join(' and ')} ignore${rule.foundOnlyIn.length === 1 ? 's' : ''} it, and other clones do not share that.` : '';
  return `The repository's ignore rules do not ignore ${rule.pattern} in ${plural(rule.dirs.length, 'directory', 'directories')} (${dirList(rule.dirs)}).${only} Add the line ${rule.pattern} to ${showPath(target)}.`;
}

function negationMessage(n: Negation): string {
  return `${n.pattern} on line ${n.line} of ${showPath(n.file)} re-includes bytecode (${n.paths.slice(0, 3).map(showPath).join(', ')}${n.paths.length > 3 ? ', …' : ''}). Remove it, or list the files in the allow input if they must be committed.`;
}

/** Annotations that fit in `limit`, negations last (they point at their own line). */
export function ignoreAnnotations(audit: IgnoreAudit, negations: readonly Negation[], level: 'error' | 'warning', limit: number): AnnotationSpec[] {
  const specs: AnnotationSpec[] = [
    ...audit.missing.map((rule): AnnotationSpec => ({ level, title: `Missing ignore rule: ${rule.pattern}`, file: audit.annotationTarget, message: missingMessage(rule, audit.annotationTarget) })),
    ...negations.map((n): AnnotationSpec => ({ level, title: 'Ignore rule re-includes bytecode', file: n.file, line: n.line, message: negationMessage(n) })),
  ];
  return specs.slice(0, limit);
}

export function ignoreFailure(audit: IgnoreAudit, negations: readonly Negation[]): string | null {
  const parts: string[] = [];
  if (audit.missing.length > 0) parts.push(`the ignore rules lack ${audit.missing.map((m) => m.pattern).join(', ')}`);
  if (negations.length > 0) parts.push(`${plural(negations.length, 'negation re-includes', 'negations re-include')} bytecode`);
  return parts.length === 0 ? null : `${parts.join(' and ')} (ignore-rules: error)`;
}

function fixSection(fix: FixResult, repoPath: (p: string) => string): string {
  const lines: string[] = [];
  if (fix.gitignore !== null) {
    lines.push(`<li>${fix.gitignore.created ? 'Created' : 'Appended to'} ${htmlPath(fix.gitignore.path)}: ${fix.gitignore.added.map((p) => `<code>${escapeHtml(p)}</code>`).join(', ')}</li>`);
  }
  if (fix.untracked.length > 0) {
    const shown = fix.untracked.slice(0, 50).map((p) => htmlPath(repoPath(p)));
    const more = fix.untracked.length > shown.length ? ` and ${fix.untracked.length - shown.length} more` : '';
    lines.push(`<li>Untracked ${plural(fix.untracked.length, 'file')} with <code>git rm --cached</code> (kept on disk): ${shown.join(', ')}${more}</li>`);
  }
  if (lines.length === 0) return '<h4>Fix</h4>\n<p>Nothing to change: the rules and the index were already right.</p>';
  return `<h4>Fix</h4>\n<p>Changed in the working tree and index, not committed:</p>\n<ul>${lines.join('')}</ul>`;
}

export function ignoreSummary(audit: IgnoreAudit, negations: readonly Negation[], level: IgnoreRulesLevel, fix: FixResult | null, repoPath: (p: string) => string): string {
  const parts = ['<h3>Ignore rules</h3>'];
  const problems = audit.missing.length + negations.length;
  if (problems === 0) {
    parts.push("<p>✅ The repository's own ignore rules keep bytecode out of git.</p>");
  } else {
    const mark = level === 'error' && fix === null ? '❌' : '⚠️';
    const what = [
      ...(audit.missing.length > 0 ? [`${plural(audit.missing.length, 'rule is', 'rules are')} missing`] : []),
      ...(negations.length > 0 ? [`${plural(negations.length, 'negation re-includes', 'negations re-include')} bytecode`] : []),
    ].join(' and ');
    parts.push(`<p>${mark} ${what} (<code>ignore-rules: ${level}</code>).</p>`);
  }
  if (audit.missing.length > 0) {
    const rows = audit.missing.map(
      (m) =>
        `<tr><td><code>${escapeHtml(m.pattern)}</code></td><td>${escapeHtml(dirList(m.dirs))}</td><td>${m.foundOnlyIn.length > 0 ? `only in ${m.foundOnlyIn.map((f) => htmlPath(f)).join(', ')} (not shared with other clones)` : ''}</td></tr>`,
    );
    parts.push(`<table><thead><tr><th>Missing rule</th><th>Directories left exposed</th><th>Note</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    // Also after a fix that could not write the .gitignore: the rules are still for the user to add.
    if (fix === null || fix.gitignore === null) {
      parts.push(`<p>Add to ${htmlPath(audit.annotationTarget)} (or run with <code>fix: true</code>):</p>`);
      parts.push(`<pre lang="gitignore"><code>${escapeHtml(gitignoreBlock(audit.missing.map((m) => m.pattern)))}</code></pre>`);
    }
  }
  if (negations.length > 0) {
    parts.push(
      `<ul>${negations
        .map(
          (n) =>
            `<li>${htmlPath(n.file)} line ${n.line}: <code>${escapeHtml(n.pattern)}</code> re-includes ${n.paths
              .slice(0, 3)
              .map((p) => htmlPath(p))
              .join(', ')}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  const committed = audit.committedIgnored.size;
  if (committed > 0)
    parts.push(
      `<p>ℹ️ ${plural(committed, 'tracked bytecode file is', 'tracked bytecode files are')} ignored by the rules now: committed before the rule existed. Ignore rules never untrack files; <code>git rm --cached</code> does.</p>`,
    );
  if (fix !== null) parts.push(fixSection(fix, repoPath));
  return `${parts.join('\n')}\n`;
}
