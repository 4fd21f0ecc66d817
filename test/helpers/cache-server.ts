// A loopback stand-in for GitHub's Actions cache service v2, driven by the real,
// unmocked @actions/cache: Twirp JSON for the cache API plus an Azure Blob
// Storage look-alike for the archive bytes.
//
// Why the blob URLs use a fake *.blob.core.windows.net host: @actions/cache only
// downloads through the Azure SDK (ranged GETs, segment timeout, retries), which is
// what production does, when the signed URL's host ends in .blob.core.windows.net;
// any other host silently switches it to a plain single GET. The child is pointed at
// this server as its HTTP(S) proxy, so those requests still arrive here, while the
// Twirp calls to 127.0.0.1 bypass the proxy (loopback is always bypassed).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Endpoint = 'create' | 'finalize' | 'download-url' | 'upload' | 'download';
/** refuse = Twirp ok:false, or 403 AuthenticationFailed for the blob endpoints. */
export type Fault = 'none' | 'status-503' | 'hang' | 'refuse';
export interface CacheEntry {
  readonly key: string;
  readonly version: string;
  readonly size: number;
  readonly data: Buffer;
  readonly createdAt: number;
}
export interface CacheServer {
  readonly url: string;
  readonly env: Readonly<Record<string, string>>;
  entries(): CacheEntry[];
  requests(endpoint: Endpoint): number;
  /**
   * times: apply the fault to the next `times` requests of that endpoint only, then
   * behave normally again (for "transient failure, retry succeeds" tests).
   * 'hang' on 'download' stalls the data GETs only; the HEAD (getProperties) is
   * still answered, because that is the stall SEGMENT_DOWNLOAD_TIMEOUT_MINS guards.
   */
  fault(endpoint: Endpoint, fault: Fault, times?: number): void;
  /**
   * Stores an entry as if some other job had saved it (any key, any archive bytes): what a
   * job that can write to the cache scope could leave for the next restore to find.
   */
  plant(entry: { readonly key: string; readonly version: string; readonly data: Buffer }): void;
  reset(): void;
  close(): Promise<void>;
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const BLOB_HOST = 'pycachetest.blob.core.windows.net';
const CONTAINER = 'actions-cache';
const TOKEN = 'pycache-test-runtime-token';

interface Entry extends CacheEntry {
  readonly id: number;
  readonly seq: number;
  readonly blob: string;
}

interface Blob {
  data: Buffer;
  etag: string;
  lastModified: Date;
  md5: string;
}

/** A CreateCacheEntry that has not been finalized yet: its blob is writable. */
interface Reservation {
  readonly key: string;
  readonly version: string;
  readonly blob: string;
  readonly blocks: Map<string, Buffer>;
  committed: Blob | undefined;
}

class TwirpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, msg: string) {
    super(msg);
    this.status = status;
    this.code = code;
  }
}

class BlobError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, msg: string) {
    super(msg);
    this.status = status;
    this.code = code;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function md5(data: Buffer): string {
  return createHash('md5').update(data).digest('base64');
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export async function startCacheServer(): Promise<CacheServer> {
  const entries: Entry[] = [];
  const reservations = new Map<string, Reservation>();
  const blobs = new Map<string, Blob>();
  const faults = new Map<Endpoint, { fault: Fault; remaining: number }>();
  const counts = new Map<Endpoint, number>();
  const sockets = new Set<Socket>();
  let nextId = 1;
  let nextSeq = 1;
  let url = '';
  let closing: Promise<void> | undefined;

  function take(endpoint: Endpoint): Fault {
    counts.set(endpoint, (counts.get(endpoint) ?? 0) + 1);
    const f = faults.get(endpoint);
    if (!f || f.fault === 'none') return 'none';
    if (f.remaining !== Infinity && --f.remaining <= 0) faults.delete(endpoint);
    return f.fault;
  }

  function sas(permissions: string): string {
    const expiry = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    return `sv=2025-11-05&se=${encodeURIComponent(expiry)}&sr=b&sp=${permissions}&sig=${randomBytes(24).toString('base64url')}`;
  }

  function blobUrl(blob: string, permissions: string): string {
    return `http://${BLOB_HOST}/${CONTAINER}/${blob}?${sas(permissions)}`;
  }

  // Restore lookup as GitHub documents it: exact key, then the newest entry the key
  // is a prefix of, then each restore key in order (exact first, else newest prefix).
  function lookup(key: string, restoreKeys: string[], version: string): Entry | undefined {
    const candidates = entries.filter((e) => e.version === version).sort((a, b) => b.seq - a.seq);
    for (const k of [key, ...restoreKeys]) {
      const hit = candidates.find((e) => e.key === k) ?? candidates.find((e) => e.key.startsWith(k));
      if (hit) return hit;
    }
    return undefined;
  }

  const twirp: Record<string, { endpoint: Endpoint; refused: object; run(body: Record<string, unknown>): object }> = {
    CreateCacheEntry: {
      endpoint: 'create',
      refused: { ok: false, signed_upload_url: '', message: 'cache reservation refused by the test server' },
      run(body) {
        const key = str(body['key']);
        const version = str(body['version']);
        if (!key || !version) throw new TwirpError(400, 'invalid_argument', 'key and version are required');
        if (entries.some((e) => e.key === key && e.version === version)) {
          // Exactly what GitHub answers for a duplicate: HTTP 409, not ok:false.
          throw new TwirpError(
            409,
            'already_exists',
            'cache entry with the same key, version, and scope already exists',
          );
        }
        const blob = randomBytes(16).toString('hex');
        reservations.set(blob, { key, version, blob, blocks: new Map(), committed: undefined });
        return { ok: true, signed_upload_url: blobUrl(blob, 'cw') };
      },
    },
    FinalizeCacheEntryUpload: {
      endpoint: 'finalize',
      refused: { ok: false, entry_id: '0', message: 'cache finalization refused by the test server' },
      run(body) {
        const key = str(body['key']);
        const version = str(body['version']);
        const size = Number(body['size_bytes'] ?? 0);
        const pending = [...reservations.values()].filter((r) => r.key === key && r.version === version);
        const reservation = pending.find((r) => r.committed) ?? pending[0];
        if (!reservation) throw new TwirpError(404, 'not_found', 'cache entry not found');
        if (entries.some((e) => e.key === key && e.version === version)) {
          throw new TwirpError(
            409,
            'already_exists',
            'cache entry with the same key, version, and scope already exists',
          );
        }
        const blob = reservation.committed;
        if (!blob) throw new TwirpError(412, 'failed_precondition', 'the cache archive was not uploaded');
        if (blob.data.length !== size) {
          throw new TwirpError(
            400,
            'invalid_argument',
            `size_bytes ${size} does not match the uploaded ${blob.data.length} bytes`,
          );
        }
        reservations.delete(reservation.blob);
        blobs.set(reservation.blob, blob);
        const entry: Entry = {
          key,
          version,
          size,
          data: blob.data,
          createdAt: Date.now(),
          id: nextId++,
          seq: nextSeq++,
          blob: reservation.blob,
        };
        entries.push(entry);
        return { ok: true, entry_id: String(entry.id) };
      },
    },
    GetCacheEntryDownloadURL: {
      endpoint: 'download-url',
      refused: { ok: false, signed_download_url: '', matched_key: '' },
      run(body) {
        const key = str(body['key']);
        const version = str(body['version']);
        const restoreKeys = Array.isArray(body['restore_keys']) ? body['restore_keys'].map(str) : [];
        const hit = lookup(key, restoreKeys, version);
        if (!hit) return { ok: false, signed_download_url: '', matched_key: '' };
        return { ok: true, signed_download_url: blobUrl(hit.blob, 'r'), matched_key: hit.key };
      },
    },
  };

  function sendJson(res: ServerResponse, status: number, body: object): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }

  async function handleTwirp(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const route = twirp[method];
    if (!route) return sendJson(res, 404, { code: 'bad_route', msg: `no handler for ${method}` });
    const raw = await readBody(req);
    const fault = take(route.endpoint);
    if (fault === 'hang') return;
    if (fault === 'status-503')
      return sendJson(res, 503, { code: 'unavailable', msg: 'injected fault: service unavailable' });
    if (req.method !== 'POST') return sendJson(res, 404, { code: 'bad_route', msg: 'Twirp requires POST' });
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      return sendJson(res, 401, { code: 'unauthenticated', msg: 'invalid or missing runtime token' });
    }
    if (fault === 'refuse') return sendJson(res, 200, route.refused);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch {
      return sendJson(res, 400, { code: 'malformed', msg: 'the request body is not JSON' });
    }
    try {
      sendJson(res, 200, route.run(body));
    } catch (e) {
      if (!(e instanceof TwirpError)) throw e;
      sendJson(res, e.status, { code: e.code, msg: e.message });
    }
  }

  function blobHeaders(req: IncomingMessage): Record<string, string> {
    return {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': str(req.headers['x-ms-version']) || '2026-02-06',
      ...(req.headers['x-ms-client-request-id']
        ? { 'x-ms-client-request-id': str(req.headers['x-ms-client-request-id']) }
        : {}),
    };
  }

  function sendBlobError(req: IncomingMessage, res: ServerResponse, e: BlobError): void {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${e.code}</Code><Message>${e.message}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`;
    const headers = {
      ...blobHeaders(req),
      'x-ms-error-code': e.code,
      'Content-Type': 'application/xml',
      'Content-Length': String(Buffer.byteLength(xml)),
    };
    res.writeHead(e.status, headers);
    res.end(req.method === 'HEAD' ? undefined : xml);
  }

  function stamp(data: Buffer): Blob {
    return {
      data,
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      lastModified: new Date(),
      md5: md5(data),
    };
  }

  async function handleUpload(
    req: IncomingMessage,
    res: ServerResponse,
    name: string,
    query: URLSearchParams,
  ): Promise<void> {
    const body = await readBody(req);
    const reservation = reservations.get(name);
    // A signed upload URL is only good until its entry is finalized.
    if (!reservation)
      throw new BlobError(
        403,
        'AuthorizationPermissionMismatch',
        'This request is not authorized to perform this operation using this permission.',
      );
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) !== body.length)
      throw new BlobError(400, 'InvalidHeaderValue', 'Content-Length does not match the body.');
    const comp = query.get('comp');
    const headers = blobHeaders(req);
    if (comp === 'block') {
      const id = query.get('blockid');
      if (!id) throw new BlobError(400, 'InvalidQueryParameterValue', 'blockid is required.');
      reservation.blocks.set(id, body);
      res.writeHead(201, {
        ...headers,
        'Content-MD5': md5(body),
        'x-ms-request-server-encrypted': 'true',
        'Content-Length': '0',
      });
      return void res.end();
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
        (m) => m[1] ?? '',
      );
      const parts: Buffer[] = [];
      for (const id of ids) {
        const block = reservation.blocks.get(id);
        if (!block) throw new BlobError(400, 'InvalidBlockList', 'The specified block list is invalid.');
        parts.push(block);
      }
      reservation.committed = stamp(Buffer.concat(parts));
      reservation.blocks.clear();
    } else if (comp === null) {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob')
        throw new BlobError(400, 'MissingRequiredHeader', 'x-ms-blob-type must be BlockBlob.');
      reservation.committed = stamp(body);
      reservation.blocks.clear();
    } else {
      throw new BlobError(400, 'InvalidQueryParameterValue', `comp=${comp} is not supported by the test server.`);
    }
    const blob = reservation.committed;
    res.writeHead(201, {
      ...headers,
      ETag: blob.etag,
      'Last-Modified': blob.lastModified.toUTCString(),
      'Content-MD5': blob.md5,
      'x-ms-request-server-encrypted': 'true',
      'Content-Length': '0',
    });
    res.end();
  }

  function handleDownload(req: IncomingMessage, res: ServerResponse, name: string): void {
    const blob = blobs.get(name);
    if (!blob) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
    const ifMatch = req.headers['if-match'];
    // The SDK resumes a broken stream with If-Match: <etag> and must not splice blobs.
    if (ifMatch && ifMatch !== '*' && ifMatch !== blob.etag)
      throw new BlobError(
        412,
        'ConditionNotMet',
        'The condition specified using HTTP conditional header(s) is not met.',
      );
    const total = blob.data.length;
    const headers: Record<string, string> = {
      ...blobHeaders(req),
      ETag: blob.etag,
      'Last-Modified': blob.lastModified.toUTCString(),
      'Accept-Ranges': 'bytes',
      'Content-Type': 'application/octet-stream',
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-creation-time': blob.lastModified.toUTCString(),
      'x-ms-lease-state': 'available',
      'x-ms-lease-status': 'unlocked',
      'x-ms-server-encrypted': 'true',
    };
    const range = str(req.headers['x-ms-range']) || str(req.headers.range);
    if (req.method === 'HEAD' || !range) {
      res.writeHead(200, { ...headers, 'Content-Length': String(total), 'Content-MD5': blob.md5 });
      return void res.end(req.method === 'HEAD' ? undefined : blob.data);
    }
    const m = /^bytes=(\d+)-(\d*)$/.exec(range);
    const start = Number(m?.[1] ?? NaN);
    const end = Math.min(m?.[2] ? Number(m[2]) : total - 1, total - 1);
    if (!m || start >= total || end < start) {
      throw new BlobError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
    }
    res.writeHead(206, {
      ...headers,
      'Content-Length': String(end - start + 1),
      'Content-Range': `bytes ${start}-${end}/${total}`,
    });
    res.end(blob.data.subarray(start, end + 1));
  }

  async function handleBlob(req: IncomingMessage, res: ServerResponse, target: URL): Promise<void> {
    const segments = target.pathname.split('/').filter(Boolean);
    const name = segments[0] === CONTAINER && segments.length === 2 ? (segments[1] ?? '') : '';
    const isUpload = req.method === 'PUT';
    const endpoint: Endpoint = isUpload ? 'upload' : 'download';
    const fault = take(endpoint);
    if (fault === 'hang' && (isUpload || req.method === 'GET')) {
      req.resume();
      return;
    }
    if (fault === 'status-503') {
      req.resume();
      return sendBlobError(req, res, new BlobError(503, 'ServerBusy', 'The server is busy.'));
    }
    if (fault === 'refuse') {
      req.resume();
      return sendBlobError(
        req,
        res,
        new BlobError(
          403,
          'AuthenticationFailed',
          'Server failed to authenticate the request. Signed expiry time has to be after signed start time.',
        ),
      );
    }
    try {
      if (!name)
        throw new BlobError(400, 'InvalidUri', 'The requested URI does not represent any resource on the server.');
      if (isUpload) await handleUpload(req, res, name, target.searchParams);
      else if (req.method === 'GET' || req.method === 'HEAD') handleDownload(req, res, name);
      else throw new BlobError(405, 'UnsupportedHttpVerb', `${req.method} is not supported by the test server.`);
    } catch (e) {
      if (!(e instanceof BlobError)) throw e;
      req.resume();
      sendBlobError(req, res, e);
    }
  }

  const server = createServer((req, res) => {
    // Proxied requests carry an absolute URL; direct ones a path.
    const target = new URL(req.url ?? '/', url);
    const handled = target.pathname.startsWith(TWIRP_PREFIX)
      ? handleTwirp(req, res, target.pathname.slice(TWIRP_PREFIX.length))
      : handleBlob(req, res, target);
    handled.catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { code: 'internal', msg: String(e) });
      else res.destroy();
    });
  });
  // HTTPS through the proxy (CONNECT) is refused outright, so nothing can reach a
  // real service and nothing waits for one.
  server.on('connect', (_req: IncomingMessage, socket: Socket) => {
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}/`;

  const env: Record<string, string> = {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: url,
    ACTIONS_RUNTIME_TOKEN: TOKEN,
    // Not read by the v2 code paths; pinned so a runner's real value cannot leak in
    // if the library ever falls back to v1.
    ACTIONS_CACHE_URL: url,
    // Any non-github.com server URL makes the library treat the host as GHES and
    // silently fall back to the v1 protocol.
    GITHUB_SERVER_URL: 'https://github.com',
    // Unknown/empty means read+write; a runner's 'read' or 'none' would skip saves.
    ACTIONS_CACHE_MODE: '',
    // The Azure SDK prefers HTTPS_PROXY/ALL_PROXY over HTTP_PROXY and honours
    // NO_PROXY, so every variant is pinned for the blob requests to reach us.
    HTTP_PROXY: url,
    http_proxy: url,
    HTTPS_PROXY: url,
    https_proxy: url,
    ALL_PROXY: url,
    all_proxy: url,
    NO_PROXY: '',
    no_proxy: '',
  };

  return {
    url,
    env: Object.freeze(env),
    entries: () => entries.map(({ key, version, size, data, createdAt }) => ({ key, version, size, data, createdAt })),
    requests: (endpoint) => counts.get(endpoint) ?? 0,
    fault(endpoint, fault, times = Infinity) {
      if (fault === 'none') faults.delete(endpoint);
      else faults.set(endpoint, { fault, remaining: times });
    },
    plant({ key, version, data }) {
      const blob = randomBytes(16).toString('hex');
      blobs.set(blob, stamp(data));
      entries.push({
        key,
        version,
        size: data.length,
        data,
        createdAt: Date.now(),
        id: nextId++,
        seq: nextSeq++,
        blob,
      });
    },
    reset() {
      faults.clear();
      counts.clear();
    },
    close() {
      // Idempotent, so a test may close early (to drop a hung request) and its
      // cleanup close again.
      // A server that already stopped listening has nothing left to close.
      closing ??= new Promise<void>((resolve, reject) =>
        server.close((e) =>
          e && (e as NodeJS.ErrnoException).code !== 'ERR_SERVER_NOT_RUNNING' ? reject(e) : resolve(),
        ),
      );
      // Hung requests would keep close() waiting forever: drop them.
      for (const s of sockets) s.destroy();
      return closing;
    },
  };
}
