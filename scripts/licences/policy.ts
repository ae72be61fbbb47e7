/**
 * Which dependency licences the project (MIT, see LICENSE) may ship. Permissive licences only:
 * anyone may use, change and host Fashion AI, so nothing the server or the web app ships may be
 * copyleft (GPL) or a network copyleft (AGPL, SSPL) that would bind those who host it.
 */
export const OUR_LICENCE = 'MIT';

/** SPDX identifiers a production dependency's licence expression must be satisfiable from. */
export const ALLOWED_LICENCES: readonly string[] = [
  'MIT',
  'MIT-0',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'BlueOak-1.0.0',
  'CC0-1.0',
  'CC-BY-4.0',
  'Unlicense',
  'Python-2.0',
  'Zlib',
];

/**
 * Weak-copyleft packages allowed by name, each with why it is compatible: they are loaded at run
 * time as separate, unmodified, replaceable files from node_modules (never bundled into our code),
 * which is what the LGPL asks of a program that uses a library.
 */
export const LICENCE_EXCEPTIONS: ReadonlyArray<{ name: RegExp; licence: string; why: string }> = [
  {
    name: /^@img\/sharp-libvips-/,
    licence: 'LGPL-3.0-or-later',
    why: "libvips, the shared library sharp loads at run time (sharp's own licence is Apache-2.0)",
  },
  {
    name: /^libheif-js$/,
    licence: 'LGPL-3.0',
    why: 'libheif compiled to wasm, loaded by heic-decode on the server only (the ML bundle keeps it external)',
  },
];
