// Validation accuracy of an exported model with the Node stack the server uses: onnxruntime-node for
// inference; preprocessing by (1) sharp's own resize (kernel 'linear'), (2) sharp decode + the
// Pillow-exact bilinear resize of pil_bilinear.cjs, (3) the Pillow-path tensors written by
// training/parity.py. Prints one JSON object.
//   node training/tools/ort_node_parity.cjs MODEL.onnx SIZE DATA_DIR [PIL_TENSORS.bin]
const fs = require('fs');
const path = require('path');
const ort = require('onnxruntime-node');
const sharp = require('sharp');
const { resizeRGB } = require('./pil_bilinear.cjs');

const CLASS10 = ['dress', 'hat', 'longsleeve', 'outwear', 'pants', 'shirt', 'shoes', 'shorts', 'skirt', 't-shirt'];

function readVal(dataDir) {
  const lines = fs.readFileSync(path.join(dataDir, 'labels.csv'), 'utf8').trim().split(/\r?\n/);
  const head = lines[0].split(',');
  const iImg = head.indexOf('image'), iSplit = head.indexOf('split'), iC = head.indexOf('class10');
  const out = [];
  for (const l of lines.slice(1)) {
    const c = l.split(',');
    if (c[iSplit] === 'validation' && CLASS10.includes(c[iC])) out.push([c[iImg], CLASS10.indexOf(c[iC])]);
  }
  return out;
}

async function sharpTensor(file, S) {
  const buf = await sharp(file).rotate().removeAlpha().toColourspace('srgb')
    .resize(S, S, { fit: 'fill', kernel: 'linear' }).raw().toBuffer();
  const f = new Float32Array(3 * S * S);
  for (let i = 0; i < S * S; i++) for (let c = 0; c < 3; c++) f[c * S * S + i] = buf[i * 3 + c] / 255;
  return f;
}

function ortVersion() {
  try {
    const p = path.join(path.dirname(require.resolve('onnxruntime-node')), '..', 'package.json');
    return JSON.parse(fs.readFileSync(p, 'utf8')).version;
  } catch (e) { return 'unknown'; }
}

async function pilExactTensor(file, S) {
  const { data, info } = await sharp(file).rotate().removeAlpha().toColourspace('srgb').raw()
    .toBuffer({ resolveWithObject: true });
  const buf = resizeRGB(data, info.width, info.height, S, S);
  const f = new Float32Array(3 * S * S);
  for (let i = 0; i < S * S; i++) for (let c = 0; c < 3; c++) f[c * S * S + i] = buf[i * 3 + c] / 255;
  return f;
}

function argmax(a, off, n) { let b = 0; for (let i = 1; i < n; i++) if (a[off + i] > a[off + b]) b = i; return b; }

(async () => {
  const [model, Sarg, dataDir, pilBin] = process.argv.slice(2);
  const S = +Sarg;
  const val = readVal(dataDir);
  const sess = await ort.InferenceSession.create(model, { executionProviders: ['cpu'] });
  const B = 32;
  const res = { model: path.basename(model), n: val.length, onnxruntime_node: ortVersion(),
    sharp: sharp.versions.sharp };
  async function run(getBatch) {
    let ok = 0; const logits = [];
    for (let i = 0; i < val.length; i += B) {
      const items = val.slice(i, i + B);
      const data = await getBatch(i, items);
      const out = await sess.run({ input: new ort.Tensor('float32', data, [items.length, 3, S, S]) });
      const l = out.logits.data;
      items.forEach((it, j) => { if (argmax(l, j * 10, 10) === it[1]) ok++; });
      logits.push(...l);
    }
    return { acc: ok / val.length, logits };
  }
  const t0 = Date.now();
  const sh = await run(async (i, items) => {
    const data = new Float32Array(items.length * 3 * S * S);
    for (let j = 0; j < items.length; j++) data.set(await sharpTensor(path.join(dataDir, 'images', items[j][0]), S), j * 3 * S * S);
    return data;
  });
  res.sharp_accuracy = +sh.acc.toFixed(4);
  const px = await run(async (i, items) => {
    const data = new Float32Array(items.length * 3 * S * S);
    for (let j = 0; j < items.length; j++) data.set(await pilExactTensor(path.join(dataDir, 'images', items[j][0]), S), j * 3 * S * S);
    return data;
  });
  res.sharp_decode_pil_bilinear_accuracy = +px.acc.toFixed(4);
  if (pilBin) {
    const u8 = fs.readFileSync(pilBin);
    const pil = await run(async (i, items) => {
      const data = new Float32Array(items.length * 3 * S * S);
      for (let k = 0; k < data.length; k++) data[k] = u8[i * 3 * S * S + k] / 255;
      return data;
    });
    res.pil_accuracy = +pil.acc.toFixed(4);
    let agree = 0, agree2 = 0, maxd = 0;
    for (let j = 0; j < val.length; j++) {
      if (argmax(pil.logits, j * 10, 10) === argmax(sh.logits, j * 10, 10)) agree++;
      if (argmax(pil.logits, j * 10, 10) === argmax(px.logits, j * 10, 10)) agree2++;
    }
    for (let j = 0; j < pil.logits.length; j++) maxd = Math.max(maxd, Math.abs(pil.logits[j] - px.logits[j]));
    res.sharp_resize_vs_pil_prediction_agreement = +(agree / val.length).toFixed(4);
    res.pil_bilinear_js_vs_pil_prediction_agreement = +(agree2 / val.length).toFixed(4);
    res.pil_bilinear_js_vs_pil_max_abs_logit_diff = maxd;
    fs.writeFileSync(pilBin + '.logits.json', JSON.stringify(pil.logits));
  }
  res.seconds = (Date.now() - t0) / 1000;
  console.log(JSON.stringify(res));
})().catch((e) => { console.error(e); process.exit(1); });
