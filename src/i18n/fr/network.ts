// Every word about a network of territories (cocon benchmark), in French.
import { phrasebook } from '../compose.js';
import { settings } from './settings.js';

const { t, plural, typeset } = phrasebook(settings);

export const network = typeset({
  title: 'Le territoire parmi ses pairs',
  titleNetwork: 'Les territoires du réseau',
  groupedBy: (p: { attribute: string }) => t`Groupes selon « ${p.attribute} »`,
  floor: (p: { count: number }) => t`Aucun chiffre pour un groupe de moins de ${p.count} territoires ; aucun territoire n'est nommé, sauf celui que l'on situe.`,
  hidden: (p: { count: number }) =>
    t`${p.count} ${plural(p.count, { one: 'valeur compte', other: 'valeurs comptent' })} trop peu de territoires pour être ${plural(p.count, { one: 'montrée', other: 'montrées' })} (les petits groupes sont regroupés en « autres » quand ils atteignent ensemble le seuil).`,
  networkTooSmall: (p: { count: number }) => t`Le réseau compte moins de ${p.count} territoires : aucun de ses chiffres n'est montré.`,
  networkWithheld: 'Les chiffres de l’ensemble du réseau ne sont pas montrés : des territoires n’appartiennent à aucun groupe montré, et l’ensemble moins les groupes montrés donnerait les leurs.',
  group: (p: { label: string; count: number }) => t`${p.label} — ${p.count} ${plural(p.count, { one: 'territoire', other: 'territoires' })}`,
  network: 'Tout le réseau',
  pooled: 'Autres valeurs (regroupées)',
  undeclared: 'Non déclaré',
  dimension: 'Dimension',
  overall: 'Ensemble',
  count: 'Territoires notés',
  p10: '10e centile',
  p25: '1er quartile',
  median: 'Médiane',
  p75: '3e quartile',
  p90: '90e centile',
  levels: 'Niveaux',
  noLevel: 'sans niveau',
  placed: (p: { territory: string }) => t`${p.territory} parmi ses pairs`,
  placedGroup: (p: { group: string }) => t`Son groupe : ${p.group}.`,
  placedNoGroup: (p: { count: number }) => t`Son groupe compte moins de ${p.count} territoires : il n'est comparé qu'à l'ensemble du réseau, quand celui-ci est montré.`,
  score: 'Score',
  level: 'Niveau',
  rankInGroup: 'Rang centile dans son groupe',
  rankInNetwork: 'Rang centile dans le réseau',
  rankNote: 'Rang centile : la part des territoires qui obtiennent moins, les ex æquo comptant pour moitié (50 = au milieu).',
  method: 'Centiles par interpolation linéaire entre les rangs les plus proches (la méthode par défaut de R et NumPy), sur les scores de 0 à 100 des diagnostics lus ; pour un territoire lu plusieurs fois, le diagnostic le plus récent.',
  none: '—',
  tooFewScores: (p: { count: number }) => t`— : moins de ${p.count} territoires du groupe ont un score dans cette dimension ; seul leur nombre est donné.`,
  networkDimensionWithheld: 'Pour tout le réseau, — dans une dimension où un groupe ne donne que son nombre de scores : l’ensemble moins les autres groupes donnerait les siens.',
  chart: (p: { group: string }) => t`Répartition des scores : ${p.group}`,
  chartCaption: 'Par dimension, le trait va du 10e au 90e centile, la boîte du 1er au 3e quartile, le trait épais marque la médiane. Le tableau qui suit donne les mêmes chiffres.',
  chartMine: (p: { territory: string }) => t`Le losange : ${p.territory}.`,
  embedded: 'Les données de cette page (JSON) y sont incluses, pour qui veut les relire avec un autre outil.',
});
