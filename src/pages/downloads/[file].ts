// src/pages/downloads/[file].ts: writes each generated download (src/exports/downloads.ts) to /downloads/<file>.
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDownloads, type Download } from '../../exports/downloads.ts';

export const getStaticPaths = (() =>
  allDownloads.map((download) => ({ params: { file: download.file }, props: { download } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ download: Download }> = ({ props }) =>
  new Response(props.download.build(), { headers: { 'Content-Type': props.download.mediaType } });
