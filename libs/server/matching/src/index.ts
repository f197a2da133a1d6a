// Matching's public face: the module and the matcher (for the broker workbench and evaluations).
export { MatchingModule } from './matching.module';
export { Matcher, type AchievementMatch, type NeedMatch } from './application/matcher';
export { NEW_MATCH_THRESHOLD } from './application/new-match-notifier';
export { scoreMatch, WEIGHTS } from './domain/match-score';
