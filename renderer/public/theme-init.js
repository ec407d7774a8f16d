// Applies the remembered (or the OS) theme before the first paint. Kept in sync with
// src/app/theme.ts. A classic script from 'self', allowed by the strict CSP.
/* global localStorage, window, document */
(function () {
  var theme = null;
  try {
    theme = localStorage.getItem('sfc.theme');
  } catch {
    /* storage unavailable: follow the OS */
  }
  if (theme !== 'dark' && theme !== 'light') theme = window.matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
  document.documentElement.setAttribute('data-theme', theme);
})();
