/** Flips a demo page between Arabic (RTL) and English (LTR): texts in data-ar/data-en, widgets follow live. */
export function setupLanguageSwitch(titles: { ar: string; en: string }, onChange?: (lang: 'ar' | 'en') => void): void {
  const button = document.querySelector<HTMLButtonElement>('#lang-switch')!;
  const setLang = (lang: 'ar' | 'en') => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    for (const el of document.querySelectorAll<HTMLElement>('[data-ar]')) el.textContent = el.dataset[lang] ?? '';
    document.title = titles[lang];
    button.textContent = lang === 'ar' ? 'English' : 'العربية';
    button.lang = lang === 'ar' ? 'en' : 'ar';
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
    onChange?.(lang);
  };
  button.addEventListener('click', () => setLang(document.documentElement.lang === 'ar' ? 'en' : 'ar'));
  const initial = new URL(location.href).searchParams.get('lang');
  if (initial === 'en' || initial === 'ar') setLang(initial);
}
