// The data file the page sends beside its requests (`EngineClient.run(request, file)`), as `panelcore run --data FILE`
// does natively: the engine's workers read it in pieces where the module asks, so the page never holds it whole and
// no request carries its bytes. The engine tells CSV, .dta and .xlsx apart by their content and reads CSV in UTF-8,
// UTF-16 or GB18030/GBK; a file it cannot read is answered with its own error (`invalid_data` at `/data/file`), never
// decoded in a guessed encoding here.

/** The request's `data` member beside a file: the options the user chose (`encoding`, '' to let the engine detect it), or null. */
export function dataOptions(encoding) {
  return encoding === '' ? null : { encoding };
}

/** The file at `url` (the bundled example) as a `File` named `name`, to send beside requests like a file from the disk. */
export async function fetchedFile(url, name) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  return new File([await response.blob()], name);
}
