import '../src/all.js';
import { setupLanguageSwitch } from './page-lang.js';

setupLanguageSwitch({
  ar: 'اللجنة التنفيذية للحكومة الإلكترونية — عرض تجريبي',
  en: 'GCC e-Government Executive Committee — demo',
});
