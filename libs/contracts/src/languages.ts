// A second entry point: the shared vocabulary in every language besides Chinese. The server loads
// it at start-up (through platform); the web only when a reader switches language, so that the
// first page carries Chinese alone.
import en from '../i18n/en.json';
import { addTranslations } from './lib/i18n';

addTranslations('en', en);
