// English texts of the shared vocabulary, as a reader who switched language has them
import '@market/contracts/languages';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true
});
