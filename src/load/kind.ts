// What a file is, told from its content: questionnaire, answers, diagnostic or targets.

export type Kind = 'questionnaire' | 'answers' | 'diagnostic' | 'targets';

export function detectKind(data: unknown): Kind | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const has = (key: string) => Object.hasOwn(data, key);
  if (has('schemaVersion')) return 'diagnostic';
  if (has('answers') || has('respondent')) return 'answers';
  if (has('targets')) return 'targets';
  if (has('questions') || has('dimensions') || has('levels')) return 'questionnaire';
  return undefined;
}
