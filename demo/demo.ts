import '../src/all.js';

/** Flips the whole page between Arabic (RTL) and English (LTR); widgets follow live. */
const button = document.querySelector<HTMLButtonElement>('#lang-switch')!;
function setLang(lang: 'ar' | 'en'): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll<HTMLElement>('[data-ar]')) el.textContent = el.dataset[lang] ?? '';
  document.title = lang === 'ar' ? 'اللجنة التنفيذية للحكومة الإلكترونية — عرض تجريبي' : 'GCC e-Government Executive Committee — demo';
  button.textContent = lang === 'ar' ? 'English' : 'العربية';
  button.lang = lang === 'ar' ? 'en' : 'ar';
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
}
button.addEventListener('click', () => setLang(document.documentElement.lang === 'ar' ? 'en' : 'ar'));
const initial = new URL(location.href).searchParams.get('lang');
if (initial === 'en' || initial === 'ar') setLang(initial);
