// A throwaway self-signed certificate for the fixture server's TLS listener, made with openssl at startup.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PEM key and certificate for the given host names. */
export interface SelfSignedCert {
  key: string;
  cert: string;
}

/** Makes a short-lived certificate naming every host; throws a clear error when openssl is missing. */
export function makeSelfSignedCert(hosts: string[]): SelfSignedCert {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-tls-'));
  try {
    const san = `${['localhost', ...hosts].map((h) => `DNS:${h}`).join(',')},IP:127.0.0.1`;
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:prime256v1',
          '-nodes',
          '-keyout',
          keyPath,
          '-out',
          certPath,
          '-days',
          '2',
          '-subj',
          '/CN=parallax-fixtures',
          '-addext',
          `subjectAltName=${san}`,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        throw new Error(
          'openssl not found: the fixture server needs it for its TLS certificate (apt-get install -y openssl)',
        );
      }
      throw new Error(`openssl could not make the fixture certificate: ${String((error as Error).message)}`);
    }
    return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
