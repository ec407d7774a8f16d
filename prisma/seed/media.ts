// The demo's media: a handful of small files committed under resources/demo-media (abstract,
// generated art and clips, made once with ffmpeg; see its README), uploaded to the demo bucket
// under the keys below. Rows reuse these keys: videos.s3_key, media_files.storage_path, the
// ads' creative keys, live recordings. URL columns (thumbnails, avatars, images) hold
// `s3://<bucket>/<key>`, which the console turns into presigned URLs.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_MEDIA_BUCKET = 'social-flow-media';

export interface DemoClip {
  key: string;
  file: string;
  thumbKey: string;
  thumbFile: string;
  seconds: number;
  width: number;
  height: number;
  bytes: number;
  /** Rekognition labels this clip is "flagged" with in the demo (abstract art: the labels are invented). */
  flagged: 'violence' | null;
}

export interface DemoImage {
  key: string;
  file: string;
  width: number;
  height: number;
  bytes: number;
  flagged: 'suggestive' | 'violence' | null;
}

export const DEMO_CLIPS: DemoClip[] = [
  { key: 'media/videos/clip-fractal-dive.mp4', file: 'clip-fractal-dive.mp4', thumbKey: 'media/thumbnails/thumb-fractal-dive.jpg', thumbFile: 'thumb-fractal-dive.jpg', seconds: 16, width: 320, height: 180, bytes: 201_594, flagged: null },
  { key: 'media/videos/clip-sunset-drift.mp4', file: 'clip-sunset-drift.mp4', thumbKey: 'media/thumbnails/thumb-sunset-drift.jpg', thumbFile: 'thumb-sunset-drift.jpg', seconds: 14, width: 320, height: 180, bytes: 70_867, flagged: null },
  { key: 'media/videos/clip-city-lights.mp4', file: 'clip-city-lights.mp4', thumbKey: 'media/thumbnails/thumb-city-lights.jpg', thumbFile: 'thumb-city-lights.jpg', seconds: 12, width: 320, height: 180, bytes: 286_884, flagged: null },
  { key: 'media/videos/clip-red-static.mp4', file: 'clip-red-static.mp4', thumbKey: 'media/thumbnails/thumb-red-static.jpg', thumbFile: 'thumb-red-static.jpg', seconds: 12, width: 320, height: 180, bytes: 154_110, flagged: 'violence' },
];

export const DEMO_IMAGES: DemoImage[] = [
  { key: 'media/images/art-lagoon.jpg', file: 'art-lagoon.jpg', width: 640, height: 360, bytes: 5_504, flagged: null },
  { key: 'media/images/art-carpet.jpg', file: 'art-carpet.jpg', width: 640, height: 360, bytes: 184_418, flagged: null },
  { key: 'media/images/art-spiral.jpg', file: 'art-spiral.jpg', width: 640, height: 360, bytes: 46_835, flagged: null },
  { key: 'media/images/art-blush.jpg', file: 'art-blush.jpg', width: 640, height: 360, bytes: 4_827, flagged: 'suggestive' },
  { key: 'media/images/art-crimson.jpg', file: 'art-crimson.jpg', width: 640, height: 360, bytes: 13_282, flagged: 'violence' },
];

export const DEMO_AVATARS: string[] = Array.from({ length: 8 }, (_, i) => `media/avatars/avatar-0${i + 1}.jpg`);

export const DEMO_AD_BANNERS: DemoImage[] = [
  { key: 'ads/creatives/ad-banner-01.jpg', file: 'ad-banner-01.jpg', width: 600, height: 314, bytes: 14_093, flagged: null },
  { key: 'ads/creatives/ad-banner-02.jpg', file: 'ad-banner-02.jpg', width: 600, height: 314, bytes: 12_449, flagged: null },
  { key: 'ads/creatives/ad-banner-03.jpg', file: 'ad-banner-03.jpg', width: 600, height: 314, bytes: 15_436, flagged: null },
];

export const s3Url = (key: string, bucket = DEMO_MEDIA_BUCKET) => `s3://${bucket}/${key}`;

/** Every (key → committed file) the demo uploads. */
export function demoMediaObjects(): { key: string; file: string; contentType: string }[] {
  const out: { key: string; file: string; contentType: string }[] = [];
  for (const c of DEMO_CLIPS) {
    out.push({ key: c.key, file: c.file, contentType: 'video/mp4' });
    out.push({ key: c.thumbKey, file: c.thumbFile, contentType: 'image/jpeg' });
  }
  for (const i of [...DEMO_IMAGES, ...DEMO_AD_BANNERS]) out.push({ key: i.key, file: i.file, contentType: 'image/jpeg' });
  DEMO_AVATARS.forEach((key) => out.push({ key, file: key.split('/').pop()!, contentType: 'image/jpeg' }));
  return out;
}

/** resources/demo-media, found from the source tree or from the packaged app's resources. */
export function demoMediaDir(): string {
  const candidates = [
    process.env.SFC_DEMO_MEDIA_DIR,
    join(process.cwd(), 'resources', 'demo-media'),
    resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'demo-media'),
    (process as { resourcesPath?: string }).resourcesPath ? join((process as { resourcesPath?: string }).resourcesPath!, 'demo-media') : undefined,
  ].filter((d): d is string => !!d);
  const found = candidates.find((dir) => existsSync(join(dir, DEMO_CLIPS[0]!.file)));
  if (!found) throw new Error(`The demo media (resources/demo-media) was not found; looked in ${candidates.join(', ')}`);
  return found;
}
