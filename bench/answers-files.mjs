// Realistic answers files for the bench: every one distinct, as a territory's respondents would
// write them (a few skipped questions, "don't know", comments and evidence), drawn from the
// bundled questionnaire with a seeded PRNG so every run of the bench reads the same files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const UNKNOWN = 'ne-sait-pas';
const NOT_APPLICABLE = 'non-concerne';
const ACTOR_TYPES = ['collectivite', 'association', 'entreprise', 'academique', 'citoyen', 'autre'];
const ROLES = ['Chargée de mission', 'Directeur', 'Élue à la vie associative', 'Bénévole', 'Chef de projet', 'Habitante', 'Chercheur'];
const WORDS = ['forum', 'comité', 'bilan', 'atelier', 'charte', 'réseau', 'budget', 'tiers-lieu', 'convention', 'enquête', 'habitants', 'mairie'];

/** mulberry32: small, fast and good enough to vary test data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The bundled questionnaire as the build stored it (dist/questionnaires/<id>.json). */
export function bundledQuestionnaire(root, id = 'coconstruction-territoriale') {
  return JSON.parse(readFileSync(join(root, 'dist', 'questionnaires', `${id}.json`), 'utf8')).questionnaire;
}

function sentence(random, min, max) {
  const length = min + Math.floor(random() * (max - min + 1));
  const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]);
  return `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
}

function answerFor(question, random) {
  const roll = random();
  if (roll < 0.06) return UNKNOWN;
  if (roll < 0.09 && question.allowNotApplicable) return NOT_APPLICABLE;
  switch (question.type) {
    case 'single':
      return question.options[Math.floor(random() * question.options.length)].id;
    case 'multiple': {
      const chosen = question.options.filter(() => random() < 0.45).map((o) => o.id);
      return chosen.length > 0 ? chosen : [question.options[0].id];
    }
    case 'scale':
      return question.scale.min + Math.floor(random() * (question.scale.max - question.scale.min + 1));
    case 'yesno':
      return random() < 0.5;
    default:
      return sentence(random, 4, 20);
  }
}

/** The text of respondent `index`'s answers file. */
export function answersFileText(questionnaire, index, seed = 1, territory = 'Val-de-Brume') {
  const random = prng(seed * 1_000_003 + index);
  const answers = {};
  for (const question of questionnaire.questions) {
    if (random() < 0.05) continue;
    const value = answerFor(question, random);
    const comment = random() < 0.15 ? sentence(random, 5, 25) : undefined;
    const evidence = random() < 0.08 ? `CR du ${sentence(random, 1, 3)} ${2020 + Math.floor(random() * 7)}` : undefined;
    answers[question.id] = comment || evidence ? { value, ...(comment ? { comment } : {}), ...(evidence ? { evidence } : {}) } : value;
  }
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const document = {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    respondent: {
      territory,
      actorType: ACTOR_TYPES[Math.floor(random() * ACTOR_TYPES.length)],
      role: ROLES[Math.floor(random() * ROLES.length)],
      ...(random() < 0.5 ? { name: `Personne ${index}` } : {}),
      date: `2026-${month}-${day}`,
    },
    answers,
  };
  return `# yaml-language-server: $schema=../schemas/answers.schema.json\n${stringify(document, { lineWidth: 0 })}`;
}

/** Writes `count` distinct answers files into `dir` (created); returns their paths, sorted. */
export function writeAnswersFiles(dir, questionnaire, count, seed = 1, territory = undefined) {
  mkdirSync(dir, { recursive: true });
  const width = String(count).length;
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `r${String(i).padStart(width, '0')}.yaml`);
    writeFileSync(file, answersFileText(questionnaire, i, seed, territory));
    files.push(file);
  }
  return files;
}
