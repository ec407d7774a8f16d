// Vite handles CSS imports: they are side effects (the stylesheet is added to the page).
declare module '*.css';
