// Turns a file from the user's disk into the request's `data` member. The page never parses data: a UTF-8 CSV goes
// to the engine as `{"csv": TEXT}` (what `panelcore run --data FILE.csv` sends); any other file goes as its bytes,
// `{"file": BASE64, "format", "encoding"?}`, for engines that read encodings and formats themselves. An engine
// without that member answers `invalid_request` at /data/file, and the page then says plainly what it cannot read —
// it never decodes text in a guessed encoding (no mojibake).

/** The format the engine is told, from the file name's extension. */
export function formatOf(name) {
  const extension = name.toLowerCase().split('.').pop();
  return { dta: 'dta', xlsx: 'xlsx' }[extension] ?? 'csv';
}

/** Why bytes that are not valid UTF-8 are probably not: `utf16` (a byte-order mark or many zero bytes) or `gbk`. */
export function guessEncoding(bytes) {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'utf16';
  const sample = bytes.subarray(0, 4096);
  const zeros = sample.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  if (zeros > sample.length / 8) return 'utf16';
  const high = sample.reduce((count, byte) => count + (byte >= 0x81 && byte <= 0xfe ? 1 : 0), 0);
  return high > 0 ? 'gbk' : 'unknown';
}

/** The UTF-8 text of `bytes`, or null when they are not valid UTF-8. */
export function utf8Text(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function base64(bytes) {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/**
 * The candidate `data` members for a file, best first: `{"csv"}` for a UTF-8 CSV with no encoding asked for,
 * else `{"file", "format", "encoding"?}`. `encoding` is the user's choice ('' to let the engine detect it).
 */
export function dataMember(name, bytes, encoding) {
  const format = formatOf(name);
  if (format === 'csv' && (encoding === '' || encoding === 'utf-8')) {
    const text = utf8Text(bytes);
    if (text !== null) return { csv: text };
  }
  const member = { file: base64(bytes), format };
  if (encoding !== '') member.encoding = encoding;
  return member;
}

/** Whether an error response says the engine does not read `data.file` (an engine before the file readers). */
export function fileMemberUnsupported(error) {
  return error.where.startsWith('/data') && /'file'/.test(error.message) && error.code === 'invalid_request';
}
