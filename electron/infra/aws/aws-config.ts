// AWS clients for S3 (media, report imports) and Rekognition. In demo mode S3 is s3rver on
// loopback (path-style addressing); the production path is the same client with AWS's endpoint.
import { S3Client } from '@aws-sdk/client-s3';
import { RekognitionClient } from '@aws-sdk/client-rekognition';

export interface AwsConfig {
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  bucket: string;
  /** Set for local emulators only. */
  endpoint?: string;
}

export function createS3Client(config: AwsConfig): S3Client {
  return new S3Client({
    region: config.region,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
  });
}

export function createRekognitionClient(config: AwsConfig): RekognitionClient {
  return new RekognitionClient({
    region: config.region,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  });
}
