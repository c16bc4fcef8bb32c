import type { ImageContext, StoredImage } from './images';
import type { ConvertedPost, PostSource, SiteDefaults } from './post';
import type { PostReport } from './report';
import type { ZIP_LIMITS, ZipResult } from './zip';

// What the import workers (import-worker.ts) and the thread that runs them
// (off-thread.ts) send each other. Everything here is structured-cloneable:
// no functions, no class instances.

/** A post to convert: its text and where it is, the site's defaults, and whether images are stored (host calls) or only checked. */
export interface ConvertTask {
  kind: 'convert';
  source: Omit<PostSource, 'images'> & { images?: { context: ImageContext; storeId?: number } };
  site: Omit<SiteDefaults, 'gate' | 'sharedDescriptions'> & { sharedDescriptions: string[] };
  /** Whether the gate also renders the HTML, as content:check does (the command line). */
  render: boolean;
}

/** A converted file to check again (after pairing added its translation key). */
export interface GateTask {
  kind: 'gate';
  text: string;
  render: boolean;
}

/** An uploaded archive to unpack under `limits` (zip.ts), transferred rather than copied. */
export interface UnzipTask {
  kind: 'unzip';
  archive: Uint8Array;
  limits: typeof ZIP_LIMITS;
  /** An empty folder to unpack into (the host removes it if the task fails). */
  dir: string;
  /** The names written (zip.ts KEPT by default; a restore keeps an export's files). */
  keep?: RegExp;
}

/** The posts' texts, for the descriptions that more than one carries (copied from a template). */
export interface DescriptionsTask {
  kind: 'descriptions';
  texts: string[];
}

export type ImportTask = ConvertTask | GateTask | UnzipTask | DescriptionsTask;

/** A converted post without its methods: the report as its three lists. */
export type ConvertedPostData = Omit<ConvertedPost, 'report' | 'build'> & { report: Pick<PostReport, 'file' | 'fields' | 'talks' | 'review'> };

export type ImportResult =
  | { kind: 'convert'; post: ConvertedPostData }
  | { kind: 'gate'; ok: boolean; problems: string[] }
  | { kind: 'unzip'; zip: ZipResult }
  | { kind: 'descriptions'; shared: string[] }
  /** The task threw (a post the converter cannot handle): its first line. */
  | { kind: 'error'; message: string };

export interface ImportReply {
  id: number;
  heapMb: number;
  result: ImportResult;
}

/** The worker asks the host to store an image's bytes through the import's store (a database or a folder). */
export interface StoreImageCall {
  storeId: number;
  /** SHA-256 of the bytes (hex): the host stores each distinct image once per import. */
  hash: string;
  bytes: Uint8Array;
}

export type StoreImageAnswer = StoredImage;
