import { useCallback, useState } from 'react';

/** A small piece of UI state remembered across launches (sidebar collapsed, density…). */
export function useLocalStorage<T extends string | boolean | number>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(key);
      return raw === null ? initial : (JSON.parse(raw) as T);
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        /* storage unavailable: keep it for this session */
      }
    },
    [key],
  );
  return [value, set];
}
