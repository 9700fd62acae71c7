// GitHub Actions workflow commands: annotations that GitHub shows on the pull request's lines,
// and the job summary file. The escaping is the one GitHub documents for workflow commands
// (and the runner's own toolkit uses): `%`, CR and LF in the message; also `:` and `,` in
// properties, which would otherwise end a property or the command.

export interface AnnotationPlace {
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=F,line=L,col=C,title=T::message`, one line whatever the message holds. */
export function annotation(level: 'error' | 'warning' | 'notice', message: string, place: AnnotationPlace = {}): string {
  const properties = (['file', 'line', 'col', 'title'] as const)
    .filter((key) => place[key] !== undefined && place[key] !== '')
    .map((key) => `${key}=${escapeProperty(String(place[key]))}`);
  return `::${level}${properties.length > 0 ? ` ${properties.join(',')}` : ''}::${escapeData(message)}`;
}

/** Inside a GitHub Actions job: the runner sets GITHUB_ACTIONS=true. */
export function inGitHubActions(env: Record<string, string | undefined>): boolean {
  return env['GITHUB_ACTIONS'] === 'true';
}
