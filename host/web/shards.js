// Replication loops cut into shards that the engine's workers answer in parallel, then combined into exactly the
// bytes of the unsharded request (docs/ABI.md, "Sharded replications"; docs/abi/distributed.md, "Browser"). Which
// models loop, and how often, comes from the engine's schema: an estimator with the option `replications_range` runs
// `options.replications` replications (else the schema's default) — as the Python host's panelcore.distributed
// (`replications`, `replication_ranges`) decides.

/** How many replications `model` runs; 0 when its estimator has no replication loop. */
export function replications(model, schema) {
  const options = schema.estimators.find((entry) => entry.name === model.estimator)?.options ?? [];
  if (!options.some((option) => option.name === 'replications_range')) return 0;
  const count = model.options?.replications ?? options.find((option) => option.name === 'replications')?.default ?? 0;
  return Number.isInteger(count) && count > 0 ? count : 0;
}

/** `[first, end]` pairs cutting 0..count into `shards` (at most `count`) contiguous, near-equal ranges. */
export function replicationRanges(count, shards) {
  const n = Math.max(1, Math.min(Math.floor(shards), count));
  const [quotient, remainder] = [Math.floor(count / n), count % n];
  const bound = (k) => quotient * k + Math.floor((remainder * k) / n); // floor(count·k/n) without overflow
  return Array.from({ length: n }, (_, k) => [bound(k), bound(k + 1)]);
}

/** The models of a request: its `model`, its `models`, or those of every section of its `study`. */
function modelsOf(request) {
  if (request.model) return [request.model];
  return request.models ?? (request.study?.sections ?? []).flatMap((section) => section.models ?? []);
}

/**
 * Each distinct model of `request` with two replications or more, as {count, shards: [{size, text}]}: the shard
 * requests (text) cutting its loop into `shardsPerModel` ranges.
 */
function loopingModels(request, schema, shardsPerModel) {
  const base = Object.fromEntries(['abi', 'data', 'panel', 'steps'].filter((key) => key in request).map((key) => [key, request[key]]));
  const distinct = new Map(modelsOf(request).map((model) => [JSON.stringify(model), model]));
  return [...distinct.values()].flatMap((model) => {
    const count = replications(model, schema);
    if (count < 2) return [];
    const shards = replicationRanges(count, shardsPerModel).map((range) => ({
      size: range[1] - range[0],
      text: JSON.stringify({ ...base, model: { ...model, options: { ...model.options, replications_range: range } } }),
    }));
    return [{ count, shards }];
  });
}

/**
 * One shard's result (null when it failed), from `cache` or from a worker answering it beside `file`; `finished(size)`
 * when it succeeded.
 */
async function shardResult(engine, shard, file, cache, finished) {
  if (!cache.has(shard.text)) {
    const response = JSON.parse((await engine.run(shard.text, file)).text);
    cache.set(shard.text, response.ok ? response.result : null);
  }
  const result = cache.get(shard.text);
  if (result !== null) finished(shard.size);
  return result;
}

/**
 * A model's shard results, or null when one fails. The first shard runs alone: when it fails (a model whose loop an
 * option switches off, such as spatial_panel without simulated effects, or a mistake in the request) the others are
 * not sent, and the model runs its loops — or answers its error — in the combining request.
 */
async function modelShards(engine, model, file, cache, finished) {
  const [first, ...rest] = model.shards;
  if ((await shardResult(engine, first, file, cache, finished)) === null) return null;
  const results = [cache.get(first.text), ...await Promise.all(rest.map((shard) => shardResult(engine, shard, file, cache, finished)))];
  return results.includes(null) ? null : results;
}

/**
 * Answers `request` (an object) beside the data file `file` (a File or Blob, or null) on `engine`, a pool of workers —
 * every shard and the combining request read the same file: the replications of its looping models run as
 * shards on all workers, and one more request — `request` with `shards` — combines them. Resolves to the answer
 * {status, bytes, text}, byte for byte the unsharded request's. `progress(done, total)` hears of each finished
 * shard (replications done of the request's total; a model whose shards fail leaves the total); `cache`, a Map kept
 * over one run's requests, answers a shard already computed (the models request and the study share their models).
 */
export async function runSharded(engine, request, schema, { file = null, shardsPerModel, progress = () => {}, cache = new Map() }) {
  const models = loopingModels(request, schema, shardsPerModel);
  let total = models.reduce((sum, model) => sum + model.count, 0);
  let done = 0;
  if (total > 0) progress(done, total);
  const answered = await Promise.all(models.map(async (model) => {
    let own = 0;
    const finished = (size) => {
      [own, done] = [own + size, done + size];
      progress(done, total);
    };
    const results = await modelShards(engine, model, file, cache, finished);
    if (results === null) {
      [total, done] = [total - model.count, done - own];
      if (total > 0) progress(done, total);
    }
    return results ?? [];
  }));
  const shards = answered.flat();
  return engine.run(JSON.stringify(shards.length === 0 ? request : { ...request, shards }), file);
}
