// One Content-Security-Policy for both shells. Scripts and styles come only from the app
// itself; images and video may also come from the media store (presigned S3 URLs, or the
// demo's local S3); nothing may frame the console, and it may frame nothing.
export interface CspOptions {
  /** Origins that serve media (presigned URLs), e.g. https://bucket.s3.us-east-1.amazonaws.com. */
  mediaOrigins: string[];
}

export function contentSecurityPolicy({ mediaOrigins }: CspOptions): string {
  const media = ["'self'", 'data:', 'blob:', ...mediaOrigins].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${media}`,
    `media-src ${media}`,
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The origins presigned media URLs will come from, for the configured storage. */
export function mediaOriginsFor(storage: { bucket: string; endpoint: string | null; region?: string } | null): string[] {
  if (!storage) return [];
  if (storage.endpoint) return [new URL(storage.endpoint).origin];
  return [`https://${storage.bucket}.s3.amazonaws.com`, `https://${storage.bucket}.s3.${storage.region ?? 'us-east-1'}.amazonaws.com`, 'https://s3.amazonaws.com'];
}
