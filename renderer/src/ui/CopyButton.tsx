// Copies a value (an id, a hash) to the clipboard and confirms with a check mark.
import { useState, type JSX } from 'react';
import { IconButton } from './IconButton';

export function CopyButton({ value, label = 'Copy' }: { value: string; label?: string }): JSX.Element {
  const [copied, setCopied] = useState(false);
  return (
    <IconButton
      icon={copied ? 'check' : 'copy'}
      label={copied ? 'Copied' : label}
      size="sm"
      onClick={(event) => {
        event.stopPropagation();
        void navigator.clipboard?.writeText(value).then(
          () => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          },
          () => undefined,
        );
      }}
    />
  );
}
